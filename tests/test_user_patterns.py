"""Patterns a team writes run with a time limit: a slow one is a one-line error naming its file and key.

Each of these gets past the shape check of patterns.py (none repeats a repeating group without
bound in the way it looks for), and each backtracks for ever on `re`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designlint.errors import ConfigError
from designlint.patterns import check_patterns, limited, nested_repetition, record_origin, words_pattern

BYPASSES = ["(a|aa)+$", "(?x:(a+) +)$", "(a+){1,1000}$", "a*a*a*a*a*a*a*a*b"]
HOSTILE = "a" * 5000 + "!"
SECONDS = 30  # the limit is well under a second; this bounds a loaded machine, not the limit


def _lint(root: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "designlint", "lint", "--no-cache", *args], cwd=root, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    return done, time.monotonic() - start


@pytest.mark.parametrize("pattern", BYPASSES)
def test_the_shape_check_lets_these_through(pattern: str) -> None:
    assert not nested_repetition(pattern)


@pytest.mark.parametrize("pattern", BYPASSES)
def test_a_slow_search_stops_with_the_origin_named(pattern: str) -> None:
    record_origin(pattern, "team.toml: steps.api")
    start = time.monotonic()
    try:
        found = words_pattern((pattern,)).search(HOSTILE)
    except ConfigError as exc:
        assert str(exc).startswith(f"team.toml: steps.api: pattern {pattern!r} took too long")
        assert "\n" not in str(exc)
    else:
        assert found is None  # regex needs no backtracking for this one
    assert time.monotonic() - start < SECONDS


def test_a_pattern_regex_cannot_compile_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="bad pattern"):
        limited("(unclosed", 0, ("(unclosed",))


@pytest.mark.parametrize("pattern", ["(a|aa)+$", "(a+){1,1000}$"])
def test_lint_stops_with_one_line_naming_config_and_key(tmp_path: Path, pattern: str) -> None:
    config = f"[steps.requirements]\nextend-synonyms = [{json.dumps(pattern)}]\n"
    (tmp_path / ".designlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "doc.md").write_text(f"# Design\n\n## {HOSTILE}\n\nText.\n", encoding="utf-8")
    done, seconds = _lint(tmp_path, "doc.md")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and ".designlint.toml" in lines[0] and "steps.requirements" in lines[0], lines
    assert "Traceback" not in done.stderr and seconds < SECONDS


def test_a_slow_profile_marker_names_the_profile(tmp_path: Path) -> None:
    config = '[profiles.mine]\nextends = "rfc"\nmarkers = ["(x|xx)+$"]\n'
    (tmp_path / ".designlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "doc.md").write_text("# Design\n\n## " + "x" * 5000 + "!\n\nText.\n", encoding="utf-8")
    done, seconds = _lint(tmp_path, "--profile", "auto", "doc.md")
    assert done.returncode == 2, done.stderr
    assert ".designlint.toml: profiles.mine.markers: pattern '(x|xx)+$'" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert seconds < SECONDS


def test_a_slow_rule_option_names_the_rule_key(tmp_path: Path) -> None:
    config = '[rules.H005]\ndrawing = "(a|aa)+$"\n'
    (tmp_path / ".designlint.toml").write_text(config, encoding="utf-8")
    doc = "# D\n\n## High-level design\n\n```\n" + HOSTILE + "\n" + HOSTILE + "\n```\n"
    (tmp_path / "doc.md").write_text(doc, encoding="utf-8")
    done, seconds = _lint(tmp_path, "--select", "H005", "doc.md")
    assert done.returncode == 2, done.stderr
    assert "rules.H005.drawing" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert seconds < SECONDS


def test_a_slow_schema_pattern_names_the_schema(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"owner": {"type": "string", "pattern": "^(a|aa)+$"}}}
    (tmp_path / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (tmp_path / ".designlint.toml").write_text('front-matter-schema = "schema.json"\n', encoding="utf-8")
    (tmp_path / "doc.md").write_text(f"---\nowner: {HOSTILE}\n---\n# D\n", encoding="utf-8")
    done, seconds = _lint(tmp_path, "--select", "T002", "doc.md")
    assert done.returncode == 2, done.stderr
    assert "schema.json: /properties/owner/pattern" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and seconds < SECONDS


def test_schema_patterns_still_check(tmp_path: Path) -> None:
    from designlint.doc.frontmatter import validator

    schema = {"type": "object", "patternProperties": {"^x-": {"type": "integer"}}, "additionalProperties": False}
    errors = [e.message for e in validator(schema).iter_errors({"x-a": "s", "y": 1})]
    assert any("not of type 'integer'" in m for m in errors) and any("'y'" in m for m in errors)


def test_a_joined_pattern_names_the_slow_one() -> None:
    check_patterns(["goals", "(b|bb)+$"], "cfg.toml: profiles.x.markers", ConfigError)
    joined = limited("(?:goals)|(?:(b|bb)+$)", 0, ("goals", "(b|bb)+$"))
    with pytest.raises(ConfigError, match=r"^cfg.toml: profiles.x.markers: pattern '\(b\|bb\)\+\$' took too long"):
        joined.search("b" * 5000 + "!")
