"""Streaming output: the same report as rendering every finding at once, and a progress bar only for people."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from designlint.findings import Finding, Severity
from designlint.formatters import Report, get, text
from designlint.lint.run import INTERNAL_ERROR, LintOptions, lint_files, rules_for
from designlint.reporting import progress
from designlint.reporting.progress import Tally
from designlint.reporting.report import Output, lint_and_report

from conftest import sample_docs

WEAK = "# T\n\n## Deep dive\n\n## Notes\n\ntext\n"
CLEAN = "# T\n\n## Requirements\n\n- a\n\n## High-level design\n\nboxes\n\n## Deep dive\n\nchoice\n"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for doc in sample_docs(6):
        shutil.copy(doc, tmp_path / doc.name)
    (tmp_path / "weak.md").write_text(WEAK)
    (tmp_path / "clean.md").write_text(CLEAN)
    return tmp_path


def _report(folder: Path, output: Output, stderr: io.StringIO | None = None, **options: object) -> tuple[int, str]:
    stdout = io.StringIO()
    opts = LintOptions(paths=(str(folder),), cache=False, **options)  # type: ignore[arg-type]
    code = lint_and_report(opts, output, io.StringIO(), stdout, stderr or io.StringIO(), lambda _m: None)
    return code, stdout.getvalue()


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif"])
@pytest.mark.parametrize(("statistics", "quiet"), [(False, False), (True, False), (True, True)])
def test_streamed_report_equals_rendering_all_findings_at_once(
    docs: Path, fmt: str, statistics: bool, quiet: bool
) -> None:
    code, streamed = _report(docs, Output(fmt, statistics=statistics, quiet=quiet))
    findings, files, rules, whole_code = _whole(LintOptions(paths=(str(docs),), cache=False))
    assert findings, "the docs must give findings, or this compares nothing"
    assert streamed == get(fmt)(Report(findings, rules, files, statistics=statistics, quiet=quiet))
    assert code == whole_code


def _whole(options: LintOptions) -> tuple[list[Finding], int, dict, int]:
    """The reference: every finding collected first, rendered once, with the exit code worked out here."""
    findings, files, configs = [], 0, {}
    for job, found in lint_files(options, io.StringIO(), lambda _m: None):
        files += 1
        findings.extend(found)
        configs[id(job.config)] = job.config
    fail_on = next((c.fail_on for c in configs.values() if c.fail_on), "error")
    failing = any(f.severity.rank >= Severity(fail_on).rank for f in findings)
    code = 2 if any(f.rule_id == INTERNAL_ERROR for f in findings) else int(failing)
    return findings, files, rules_for(iter(configs.values())), code


def test_summary_counts_match_the_text_formatter_for_mixed_severities() -> None:
    findings = [
        Finding(path, line, 1, rule, rule.lower(), severity, "m")
        for path, line, rule, severity in [
            ("a.md", 1, "S001", Severity.ERROR),
            ("a.md", 2, "S003", Severity.WARNING),
            ("b.md", 3, "S003", Severity.WARNING),
            ("b.md", 4, "R009", Severity.INFO),
            ("b.md", 5, "R009", Severity.INFO),
        ]
    ]
    tally = Tally(None)
    tally.add(_config(), findings[:2])
    tally.add(_config(), findings[2:])
    tally.add(_config(), [])
    expected = text.render(Report(findings, {}, 3, statistics=True)).splitlines()
    assert tally.summary() == expected[-1] == "Found 5 findings (1 error, 2 warnings, 2 info) in 2 of 3 files."
    assert tally.statistics() == expected[-4:-1] and expected[-5] == "Findings by rule:"


def _config():  # type: ignore[no-untyped-def]
    from designlint.config import Config

    return Config()


def test_exit_codes_follow_fail_on_and_exit_zero(docs: Path) -> None:
    weak = docs / "weak.md"
    assert _report(weak, Output("text", quiet=True), select=("S003",))[0] == 0
    assert _report(weak, Output("text"), select=("S003",), fail_on="warning")[0] == 1
    assert _report(weak, Output("text", exit_zero=True), fail_on="warning")[0] == 0


def test_output_file_is_written_whole_and_stdout_stays_empty(docs: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    code, stdout = _report(docs / "weak.md", Output("json", output_file=target), fail_on="warning")
    assert stdout == "" and code == 1
    assert json.loads(target.read_text())["summary"]["files"] == 1


def test_progress_bar_is_drawn_on_a_terminal_and_cleared(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    terminal = FakeTerminal()
    _code, stdout = _report(docs, Output("text"), stderr=terminal)
    drawn = terminal.getvalue()
    assert "linting [" in drawn and "8/8 files 100%" in drawn
    assert drawn.endswith("\r\x1b[K"), "the bar must be cleared before the summary"
    assert "linting" not in stdout


@pytest.mark.parametrize(
    ("fmt", "quiet", "ci", "tty"),
    [("json", False, "", True), ("github", False, "", True), ("text", True, "", True), ("text", False, "true", True)]
    + [("text", False, "", False)],
)
def test_no_progress_bar_for_machines_ci_quiet_or_pipes(
    docs: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, quiet: bool, ci: str, tty: bool
) -> None:
    monkeypatch.setenv("CI", ci) if ci else monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    stderr = FakeTerminal() if tty else io.StringIO()
    _report(docs, Output(fmt, quiet=quiet), stderr=stderr)
    assert stderr.getvalue() == ""
