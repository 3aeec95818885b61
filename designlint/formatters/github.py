"""GitHub Actions workflow commands, which the runner turns into annotations."""

from __future__ import annotations

from designlint.findings import Severity
from designlint.formatters import Report, visible

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped)  # the log shows ANSI escapes as colours and cursor moves


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for f in report.findings:
        title = _escape_property(f"{f.rule_id} {f.rule_name}")
        props = f"file={_escape_property(f.path)},line={f.line},col={f.column},title={title}"
        lines.append(f"::{_LEVELS[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
