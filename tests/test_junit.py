"""--format junit: the structure the common Ant/Jenkins JUnit schemas require, checked element by element.

No XSD is copied here: the test spells out what the strict Ant schema demands (required
attributes, element order, timestamp and number formats) and checks every element.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.findings import Finding, Severity
from designlint.formatters import Report, get
from designlint.lint.rules import load_rules

RULES = load_rules()
FINDINGS = [
    Finding("docs/a.md", 1, 1, "T001", "missing-required-section", Severity.WARNING, "no section on drawbacks"),
    Finding("docs/a.md", 9, 3, "S003", "empty-section", Severity.WARNING, "section 'A <b> & \"c\"' is empty"),
    Finding("docs/b.md", 2, 1, "T002", "front-matter-invalid", Severity.ERROR, "bad\x01 value\nsecond line"),
]
# What the strict Ant schema requires of a testsuite inside testsuites, and all it allows.
SUITE_REQUIRED = {"name", "tests", "failures", "errors", "time", "timestamp", "hostname", "id", "package"}
SUITE_ALLOWED = SUITE_REQUIRED
CASE_REQUIRED = {"name", "classname", "time"}
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
DECIMAL = re.compile(r"^\d+(\.\d+)?$")


def _render(findings: list[Finding], **extra: object) -> ET.Element:
    text = get("junit")(Report(findings, RULES, files=3, extra=extra or None))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def _check_suite(suite: ET.Element) -> None:
    assert suite.tag == "testsuite"
    assert SUITE_REQUIRED <= set(suite.attrib) <= SUITE_ALLOWED, suite.attrib
    assert TIMESTAMP.match(suite.get("timestamp", ""))
    assert suite.get("name") and suite.get("hostname")
    for key in ("tests", "failures", "errors", "id"):
        assert suite.get(key, "").isdigit(), key
    assert DECIMAL.match(suite.get("time", ""))
    tags = [child.tag for child in suite]
    assert tags[0] == "properties" and tags[-2:] == ["system-out", "system-err"]
    assert set(tags[1:-2]) <= {"testcase"}
    cases = suite.findall("testcase")
    assert int(suite.get("tests", "-1")) == len(cases)
    assert int(suite.get("failures", "-1")) == sum(len(c.findall("failure")) for c in cases)
    for case in cases:
        _check_case(case)


def _check_case(case: ET.Element) -> None:
    assert CASE_REQUIRED <= set(case.attrib) <= CASE_REQUIRED
    assert case.get("name") and case.get("classname") and DECIMAL.match(case.get("time", ""))
    for failure in case:
        assert failure.tag == "failure"
        assert set(failure.attrib) == {"message", "type"}
        assert failure.get("type") in {"error", "warning", "info"}


def _check(root: ET.Element) -> list[ET.Element]:
    assert root.tag == "testsuites" and root.attrib == {}  # the Ant schema allows no attributes here
    suites = list(root)
    assert suites
    ids = [suite.get("id") for suite in suites]
    assert ids == [str(n) for n in range(len(suites))]
    for suite in suites:
        _check_suite(suite)
    return suites


def test_one_suite_per_file_one_failing_case_per_finding() -> None:
    suites = _check(_render(FINDINGS))
    assert [s.get("name") for s in suites] == ["docs/a.md", "docs/b.md"]
    assert [s.get("failures") for s in suites] == ["2", "1"]
    failure = suites[1].find("testcase/failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.get("message") == "bad value\nsecond line"  # the control character is dropped
    case = suites[0].find("testcase")
    assert case is not None and case.get("name") == "T001 missing-required-section (line 1, column 1)"
    assert case.get("classname") == "docs/a.md"


def test_markup_in_messages_is_escaped() -> None:
    suites = _check(_render(FINDINGS))
    failures = suites[0].findall("testcase/failure")
    assert failures[1].get("message") == "section 'A <b> & \"c\"' is empty"


def test_no_findings_is_one_passing_case() -> None:
    suites = _check(_render([]))
    cases = suites[0].findall("testcase")
    assert len(cases) == 1 and cases[0].find("failure") is None
    assert cases[0].get("name") == "no findings in 3 files"


def test_clean_files_get_a_passing_case_when_the_run_lists_them() -> None:
    suites = _check(_render(FINDINGS[:1], paths=["docs/a.md", "docs/c.md"]))
    assert [s.get("name") for s in suites] == ["docs/a.md", "docs/c.md"]
    assert suites[1].get("failures") == "0" and suites[1].find("testcase/failure") is None


def test_timestamp_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    suites = _check(_render(FINDINGS))
    assert {s.get("timestamp") for s in suites} == {"1970-01-02T00:00:00"}


def test_cli_writes_junit(tmp_path: Path) -> None:
    doc = tmp_path / "proposal.md"
    doc.write_text(
        "# Proposal: x\n\n## Abstract\n\nShort.\n\n## Background\n\nWhy.\n\n## Proposal\n\nWhat.\n\n## Empty\n",
        encoding="utf-8",
    )
    (tmp_path / ".designlint.toml").write_text('profile = "proposal"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(doc), "--format", "junit"])
    assert result.exit_code == 0, result.output  # warnings only: the default fail-on is error
    suites = _check(ET.fromstring(result.output.encode("utf-8")))
    rules = sorted(case.get("name", "").split()[0] for case in suites[0].findall("testcase"))
    assert rules == ["S003", "T001"]


def test_characters_xml_forbids_are_dropped_so_the_document_parses() -> None:
    name = b"docs/bad\xff\x1b.md".decode("utf-8", "surrogateescape")
    finding = Finding(name, 3, 1, "S003", "empty-section", Severity.WARNING, "section 'Gap\ufffe\uffff\x0b' is empty")
    xml = get("junit")(Report([finding], RULES, files=1))
    root = ET.fromstring(xml.encode("utf-8"))  # strict: raises on U+FFFE, controls or surrogates
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "section 'Gap' is empty"
    assert root.find("testsuite").get("name") == "docs/bad.md"  # type: ignore[union-attr]
