"""A JSON object: the findings, a summary, and anything extra a command adds (score)."""

from __future__ import annotations

import json
from collections import Counter

from designlint import __version__
from designlint.formatters import Report, json_safe


def render(report: Report) -> str:
    counts = Counter(f.severity.value for f in report.findings)
    data = {
        "version": __version__,
        # Scores come first: for someone practising they are the headline.
        **({"scores": report.extra["scores"]} if report.extra and "scores" in report.extra else {}),
        "findings": [f.to_dict() for f in report.findings],
        "summary": {"files": report.files, "findings": len(report.findings), **counts},
    }
    return json_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
