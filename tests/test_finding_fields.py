"""Each finding carries its step and message variant, in JSON, SARIF and the cache; text output is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from designlint.cli import main
from designlint.lint.cache import decode_findings, encode_findings

from conftest import lint_string

DOC = """# Design a paste service

## Requirements
- store a paste
- show a paste by its link
- expire pastes after a month

## Caching
"""


def _by_rule(text: str) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for finding in lint_string(text, select=("S",), profile="interview"):
        found.setdefault(finding.rule_id, []).append((finding.step, finding.variant))
    return found


def test_missing_step_names_the_step_and_its_id() -> None:
    found = _by_rule(DOC)
    assert sorted(found["S001"]) == [("deep dive", "deep-dive"), ("high-level design", "high-level")]
    assert found["S003"] == [("structure", "default")]


def test_a_rule_variant_is_named() -> None:
    # Seven dives that each reason (D001 counts only sections with enough prose to reason with).
    reasoning = "We weigh a cache against a replica: the cache is cheaper and faster, the replica keeps writes simple. " * 2
    many = "# Feed\n\n## Deep dives\n" + "".join(f"\n### Dive {n}\n{reasoning}\n" for n in range(7))
    findings = lint_string(many, select=("D001",), profile="interview")
    assert [(f.step, f.variant) for f in findings] == [("deep-dive", "too-many")]


def test_json_and_sarif_carry_them_and_text_does_not(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(DOC, encoding="utf-8")
    runner = CliRunner()
    base = ["lint", "--no-cache", "--profile", "interview", "--select", "S003", str(path)]
    data = json.loads(runner.invoke(main, [*base, "--format", "json"]).output)
    assert [(f["step"], f["variant"]) for f in data["findings"]] == [("structure", "default")]
    sarif = json.loads(runner.invoke(main, [*base, "--format", "sarif"]).output)
    assert sarif["runs"][0]["results"][0]["properties"] == {"step": "structure", "variant": "default"}
    text = runner.invoke(main, base).output
    assert "structure" not in text and "default" not in text


def test_the_cache_keeps_them() -> None:
    findings = lint_string(DOC, select=("S",), profile="interview")
    assert findings and all(f.step and f.variant for f in findings)
    assert decode_findings("doc.md", encode_findings(findings)) == findings


def test_every_missing_step_is_a_warning() -> None:
    no_design = lint_string("# A\n\n## Requirements\n\n- a\n\n## Deep dives\n\n### x\n\ny\n", select=("S001",))
    no_dives = lint_string("# A\n\n## Requirements\n\n- a\n\n## High-level design\n\nx\n", select=("S001",))
    no_requirements = lint_string("# A\n\n## High-level design\n\nx\n\n## Deep dives\n\n### x\n\ny\n", select=("S001",))
    assert [(f.variant, f.severity.value) for f in no_design] == [("high-level", "warning")]
    assert [(f.variant, f.severity.value) for f in no_dives] == [("deep-dive", "warning")]
    assert [(f.variant, f.severity.value) for f in no_requirements] == [("requirements", "warning")]
