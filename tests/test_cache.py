"""The content cache: a hit only when nothing that shapes the findings changed; damaged entries are rebuilt."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import jsonschema
import pytest

from designlint import config, memo
from designlint.errors import RuleDefinitionError
from designlint.lint import cache, engine
from designlint.lint.run import LintOptions
from designlint.reporting.report import Output, lint_and_report

WEAK = "# T\n\n## Requirements\n\n## Notes\n\ntext\n"
FIXED = "# T\n\n## Requirements\n\n- users post notes\n\n## Notes\n\ntext\n"
TEAM_RULE = """
[[rule]]
id = "T101"
name = "no-cost-section"
step = "deep-dive"
severity = "warning"
check = "missing_step"
message = "no {step} step"
summary = "s"
rationale = "r"
good = "g"
bad = "b"
"""


class Counter:
    """Counts how often the engine really lints a file (a cache hit does not)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = engine.lint_text

        def counting(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return original(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(engine, "lint_text", counting)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".designlint.toml").write_text('select = ["S", "X"]\n')
    (tmp_path / "a.md").write_text(WEAK)
    (tmp_path / "b.md").write_text(WEAK.replace("Notes", "Extras"))
    return tmp_path


def lint(project: Path, *, fmt: str = "text", **options: object) -> str:
    stdout = io.StringIO()
    opts = LintOptions(paths=(str(project),), cache_dir=project / ".designlint_cache", **options)  # type: ignore[arg-type]
    lint_and_report(opts, Output(fmt), io.StringIO(), stdout, io.StringIO(), lambda _m: None)
    return stdout.getvalue()


def as_a_new_process() -> None:
    """Forget configs and rule sets read in this process, as a new designlint run would."""
    config.discover.cache_clear()
    config.load_config_file.cache_clear()
    engine.build_ruleset.cache_clear()


def entries(project: Path) -> list[Path]:
    return sorted((project / ".designlint_cache" / cache.LAYOUT / "findings").rglob("*.json"))


def test_unchanged_files_are_not_linted_again_and_give_the_same_report(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = Counter(monkeypatch)
    first = lint(project)
    assert counter.calls == 2 and len(entries(project)) == 2
    assert lint(project) == first and counter.calls == 2
    assert "S003" in first


def test_an_edited_file_misses_and_its_new_findings_are_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lint(project)
    counter = Counter(monkeypatch)
    (project / "a.md").write_text(FIXED)
    report = lint(project)
    assert counter.calls == 1, "only the edited file is linted again"
    assert f"{project / 'a.md'}:3:1: S003" not in report
    assert f"{project / 'b.md'}:3:1: S003" in report


def test_a_changed_config_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "S003" in lint(project)
    counter = Counter(monkeypatch)
    (project / ".designlint.toml").write_text('select = ["S", "X"]\nignore = ["S003"]\n')
    as_a_new_process()
    assert "S003" not in lint(project) and counter.calls == 2
    assert "S003" not in lint(project, select=("S001",)) and counter.calls == 4, "command-line options count too"


def test_a_new_designlint_version_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lint(project)
    counter = Counter(monkeypatch)
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    cache.code_fingerprint.cache_clear()
    try:
        assert lint(project) == first and counter.calls == 2
    finally:
        monkeypatch.undo()
        cache.code_fingerprint.cache_clear()


def test_changed_rule_data_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "team").mkdir()
    (project / "team" / "cost.toml").write_text(TEAM_RULE)
    (project / ".designlint.toml").write_text('rules-dirs = ["team"]\nselect = ["S", "T", "X"]\n')
    assert "no deep dive step (no-cost-section)" in lint(project)
    counter = Counter(monkeypatch)
    (project / "team" / "cost.toml").write_text(TEAM_RULE.replace("no {step} step", "add a {step}"))
    assert "add a deep dive (no-cost-section)" in lint(project) and counter.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "not json at all",
        lambda text: text.replace('"S003"', '"S001"'),  # valid JSON, wrong checksum
        lambda text: json.dumps({"key": "0" * 64, "sum": "x", "value": []}),  # another key's entry
    ],
)
def test_corrupt_or_foreign_entries_are_ignored_and_rebuilt(project: Path, monkeypatch: pytest.MonkeyPatch, damage):  # type: ignore[no-untyped-def]
    first = lint(project)
    for entry in entries(project):
        entry.write_text(damage(entry.read_text()))
    counter = Counter(monkeypatch)
    assert lint(project) == first and counter.calls == 2
    store = cache.Store(project / ".designlint_cache")
    assert all(store.get("findings", e.parent.name + e.stem) is not None for e in entries(project)), "rebuilt"


def test_an_entry_copied_from_another_file_is_not_trusted(project: Path) -> None:
    first = lint(project)
    a_entry, b_entry = entries(project)
    b_entry.write_text(a_entry.read_text())  # b's key now holds a's findings, checksum intact
    assert lint(project) == first


def test_no_cache_reads_and_writes_nothing(project: Path) -> None:
    lint(project, cache=False)
    assert not (project / ".designlint_cache").exists()


def test_cache_folder_is_marked_and_ignored_by_git(project: Path) -> None:
    lint(project)
    folder = project / ".designlint_cache"
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (folder / ".gitignore").read_text().strip().endswith("*")


def test_concurrent_writers_leave_whole_entries_and_no_temporary_files(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    values = [[i] * 2000 for i in range(8)]

    def write(value: list[int]) -> None:
        for _ in range(20):
            store.put("findings", "ab" * 32, value)

    threads = [threading.Thread(target=write, args=(v,)) for v in values]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.get("findings", "ab" * 32) in values
    assert [p.name for p in (tmp_path / cache.LAYOUT).rglob("*") if p.is_file()] == [("ab" * 31) + ".json"]


def test_a_read_only_cache_folder_is_not_an_error(project: Path) -> None:
    folder = project / ".designlint_cache"
    folder.write_text("a file where the folder should be")
    assert "S003" in lint(project)


def test_validated_team_rules_are_not_validated_again_but_edits_are(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "team").mkdir()
    rule_file = project / "team" / "cost.toml"
    rule_file.write_text(TEAM_RULE)
    (project / ".designlint.toml").write_text('rules-dirs = ["team"]\nselect = ["T", "X"]\n')
    lint(project)
    (project / "a.md").write_text(FIXED)  # a miss, so the rules are loaded again

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(jsonschema, "Draft202012Validator", refuse)
    as_a_new_process()
    lint(project)
    monkeypatch.undo()
    rule_file.write_text(TEAM_RULE.replace('severity = "warning"', 'severity = "loud"'))
    as_a_new_process()
    with pytest.raises(RuleDefinitionError, match="cost.toml"):
        lint(project)


def test_failed_validation_is_never_stamped(tmp_path: Path) -> None:
    cache.activate(cache.Store(tmp_path))
    try:
        calls = []

        def failing() -> None:
            calls.append(1)
            raise ValueError("bad")

        for _ in range(2):
            with pytest.raises(ValueError):
                memo.check_once("t", ["same input"], failing)
        assert len(calls) == 2
        memo.check_once("t", ["good input"], lambda: calls.append(2))
        memo.check_once("t", ["good input"], lambda: calls.append(3))
        assert calls == [1, 1, 2]
    finally:
        cache.activate(None)


def test_under_ci_only_a_named_cache_folder_is_used(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.chdir(project)
    opts = LintOptions(paths=(str(project),))
    lint_and_report(opts, Output("text"), io.StringIO(), io.StringIO(), io.StringIO(), lambda _m: None)
    assert not (project / ".designlint_cache").exists(), "a checkout's own folder is not trusted in CI"
    lint(project)  # --cache-dir given
    assert len(entries(project)) == 2


def test_every_config_setting_and_the_bytes_of_files_it_names_are_in_the_key(tmp_path: Path) -> None:
    from dataclasses import fields

    from designlint.config import Config

    schema = tmp_path / "schema.json"
    schema.write_text('{"type": "object"}')
    base = Config(root=tmp_path, front_matter_schema=schema)
    before = cache.config_text(base)
    schema.write_text('{"type": "object", "required": ["status"]}')
    assert cache.config_text(base) != before, "a named file's new content must change the key"
    text = json.loads(cache.config_text(base))
    assert set(text) == {f.name for f in fields(Config)}, "a setting added later is keyed without being listed"
    assert cache.config_text(Config(root=tmp_path, per_file_profiles={"adr/*": "adr"})) != cache.config_text(
        Config(root=tmp_path, per_file_profiles={"adr/*": "proposal"})
    )
