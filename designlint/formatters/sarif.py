"""SARIF 2.1.0, with each rule's summary and rationale, for code-scanning tools."""

from __future__ import annotations

import json
from typing import Any

from designlint import __version__
from designlint.findings import Severity
from designlint.formatters import Report, json_safe

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule(rule_id: str, report: Report) -> dict[str, Any]:
    rule = report.rules.get(rule_id)
    if rule is None:
        return {"id": rule_id}
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": f"{rule.summary}\n\n{rule.rationale}\n\nRun `designlint explain {rule.id}` for examples."},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"step": rule.step},
    }


def render(report: Report) -> str:
    ids = sorted({f.rule_id for f in report.findings} | set(report.rules))
    index = {rule_id: n for n, rule_id in enumerate(ids)}
    results = [
        {
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": _LEVELS[f.severity],
            "message": {"text": f.message},
            "properties": {"step": f.step, "variant": f.variant},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path.replace("\\", "/")},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        for f in report.findings
    ]
    run = {
        "tool": {"driver": {"name": "designlint", "version": __version__, "rules": [_rule(i, report) for i in ids]}},
        "results": results,
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"
