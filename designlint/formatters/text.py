"""path:line:col: R002 message (rule-name), then a summary line."""

from __future__ import annotations

from collections import Counter

from designlint.findings import Finding, Severity
from designlint.formatters import Report, visible

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def line(finding: Finding, color: bool = False) -> str:
    where = _paint(f"{visible(finding.path)}:{finding.line}:{finding.column}:", "1", color)
    code = _paint(visible(finding.rule_id), _COLORS[finding.severity], color)
    return f"{where} {code} {visible(finding.message)} ({visible(finding.rule_name)})"


def summary(findings: list[Finding] | tuple[Finding, ...], files: int) -> str:
    return summary_of(Counter(f.severity for f in findings), len({f.path for f in findings}), files)


def summary_of(counts: Counter[Severity], paths: int, files: int) -> str:
    """The last line of a text report, from counts (a streaming run keeps no findings)."""
    shown_files = f"{files} file{'s' if files != 1 else ''}"
    total = sum(counts.values())
    if not total:
        return f"All clear: no findings in {shown_files}."
    parts = [
        f"{counts[s]} {s.value}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
        for s in Severity
        if counts[s]
    ]
    return f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {paths} of {shown_files}."


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
