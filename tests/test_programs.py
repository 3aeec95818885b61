"""Compiled patterns kept in the cache (designlint/lint/programs.py): same patterns, fewer compiles."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from re import _compiler

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.lint import programs
from designlint.lint.cache import Store

DOC = """# Design a paste service

## Requirements
- Users paste text and get a short link; p99 read latency under 100 ms; 99.9% available.

## Estimation
10M pastes a day / 100,000 s = 100 writes/s; 10 KB each x 10M = 100 GB a day.
"""


def _lint(tmp_path: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "doc.md"), "--exit-zero", "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    (tmp_path / "doc.md").write_text(DOC, encoding="utf-8")
    return tmp_path


# Counts, in a fresh interpreter, the patterns re's compiler parses during one lint run.
_COUNTING = """
import sys
from designlint.lint import programs
parsed = []
real = programs._Programs._program
def spy(self, pattern, flags):
    parsed.append(pattern)
    return real(self, pattern, flags)
programs._Programs._program = spy
from designlint.cli import main
try:
    main(["lint", sys.argv[1], "--cache-dir", sys.argv[2], "--exit-zero"])
except SystemExit:
    pass
print("PARSED", len(parsed), file=sys.stderr)
"""


def _parsed_in_a_run(doc: Path) -> int:
    argv = [sys.executable, "-c", _COUNTING, str(doc / "doc.md"), str(doc / "cache")]
    done = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=doc)
    return int(done.stderr.rsplit("PARSED", 1)[1])


def test_a_second_run_builds_its_patterns_from_the_cache(doc: Path) -> None:
    first = _parsed_in_a_run(doc)
    assert first > 100  # designlint's own patterns, compiled and stored
    (doc / "doc.md").write_text(DOC + "\nEdited.\n", encoding="utf-8")  # linted again, not read from the cache
    assert _parsed_in_a_run(doc) < first / 10  # the text took a path or two the first did not
    (doc / "doc.md").write_text(DOC + "\nEdited again.\n", encoding="utf-8")
    assert _parsed_in_a_run(doc) <= 1  # the self-test pattern at most; the rest came from the store


def test_findings_are_the_same_with_stored_programs(doc: Path) -> None:
    plain = _lint(doc, "--no-cache")
    _lint(doc, "--cache-dir", str(doc / "cache"))
    (doc / "doc.md").write_text(DOC, encoding="utf-8")
    for entry in (doc / "cache" / "v2" / "findings").rglob("*.json"):
        entry.unlink()  # findings gone, programs kept: the lint runs on stored programs
    assert _lint(doc, "--cache-dir", str(doc / "cache")) == plain


def test_re_is_left_as_it_was_after_a_run_even_a_failing_one(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache")
    with pytest.raises(KeyError), programs.kept(store):
        assert _compiler.compile is not programs._ORIGINAL
        raise KeyError("boom")
    assert _compiler.compile is programs._ORIGINAL


def test_a_refused_program_is_compiled_again(tmp_path: Path) -> None:
    table = programs._Programs({})
    row = table._program(r"a(b+)c", 0)
    bad = [row[0], "AAAAAAAAAAA=", *row[2:]]  # integers re's check refuses
    table.rows = {"0:a(b+)c": bad}
    pattern = table.compile(r"a(b+)c", 0)
    match = pattern.search("xabbc")
    assert match is not None and match.group(1) == "bb"
    assert table.rows["0:a(b+)c"] != bad  # replaced by the program just compiled


def test_named_groups_and_flags_survive_the_round_trip() -> None:
    table = programs._Programs({})
    source = r"(?P<word>[a-z]+)\s+(?P<num>\d+)"
    rebuilt = table._build(source, table._program(source, re.IGNORECASE))
    match = rebuilt.search("-- Alpha  42 --")
    assert match is not None and match.group("word") == "Alpha" and match.group("num") == "42"
    assert rebuilt.flags == re.compile(source, re.IGNORECASE).flags


def test_nothing_is_installed_when_the_self_test_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(programs, "_works", lambda table: False)
    with programs.kept(Store(tmp_path / "cache")):
        assert _compiler.compile is programs._ORIGINAL
    assert not (tmp_path / "cache").exists()
