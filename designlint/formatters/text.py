"""path:line:col: R002 message (rule-name), then a summary line."""

from __future__ import annotations

from collections import Counter

from designlint.findings import Finding, Severity
from designlint.formatters import Report

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def line(finding: Finding, color: bool = False) -> str:
    where = _paint(f"{finding.path}:{finding.line}:{finding.column}:", "1", color)
    code = _paint(finding.rule_id, _COLORS[finding.severity], color)
    return f"{where} {code} {finding.message} ({finding.rule_name})"


def summary(findings: list[Finding] | tuple[Finding, ...], files: int) -> str:
    if not findings:
        return f"All clear: no findings in {files} file{'s' if files != 1 else ''}."
    counts = Counter(f.severity for f in findings)
    parts = [
        f"{counts[s]} {s.value}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
        for s in Severity
        if counts[s]
    ]
    paths = len({f.path for f in findings})
    total = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    return f"Found {total} ({', '.join(parts)}) in {paths} of {files} file{'s' if files != 1 else ''}."


def statistics(findings: list[Finding] | tuple[Finding, ...]) -> list[str]:
    counts = Counter((f.rule_id, f.rule_name) for f in findings)
    return [
        f"{count:5d}  {rule_id}  {name}"
        for (rule_id, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def render(report: Report) -> str:
    findings = list(report.findings)
    lines = [line(f, report.color) for f in findings]
    if report.statistics:
        lines += (["", "Findings by rule:"] if lines else []) + statistics(findings)
    if not report.quiet:
        lines.append(summary(findings, report.files))
    return "\n".join(lines) + ("\n" if lines else "")
