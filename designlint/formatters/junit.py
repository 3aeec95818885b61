"""JUnit XML for CI test reporters: one testsuite per file with findings, one failing testcase per finding.

The shape fits both common schemas, the strict Ant one (as in windyroad's JUnit.xsd) and
Jenkins' junit-10.xsd: <testsuites> (no attributes, which Ant allows none of) holds
<testsuite> elements with name, tests, failures, errors, time, timestamp, hostname, id and
package; each holds <properties>, its <testcase> elements (name, classname, time), then
<system-out> and <system-err>. A failure has a type (the severity) and a message. When the
run says which files it linted (report.extra["paths"]), a clean file is a suite with one
passing case; a run with no findings at all is still one passing case, so reporters show
that the docs were checked. Only the standard library writes the XML.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from designlint.findings import Finding
from designlint.formatters import Report, xml_safe


def _clean(text: str) -> str:
    return xml_safe(text)


def _timestamp() -> str:
    """ISO 8601 without a zone, as the schema wants; SOURCE_DATE_EPOCH makes it reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%dT%H:%M:%S", moment)


def _by_file(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.path, []).append(finding)
    return grouped


def _suite(parent: ET.Element, index: int, name: str, cases: int, failures: int, stamp: str) -> ET.Element:
    attributes = {
        "name": _clean(name),
        "tests": str(cases),
        "failures": str(failures),
        "errors": "0",
        "time": "0",
        "timestamp": stamp,
        "hostname": "localhost",
        "id": str(index),
        "package": "designlint",
    }
    suite = ET.SubElement(parent, "testsuite", attributes)
    ET.SubElement(suite, "properties")
    return suite


def _case(suite: ET.Element, finding: Finding) -> None:
    name = f"{finding.rule_id} {finding.rule_name} (line {finding.line}, column {finding.column})"
    case = ET.SubElement(suite, "testcase", {"name": _clean(name), "classname": _clean(finding.path), "time": "0"})
    failure = ET.SubElement(case, "failure", {"message": _clean(finding.message), "type": finding.severity.value})
    failure.text = _clean(f"{finding.path}:{finding.line}:{finding.column}: {finding.rule_id} {finding.message}")


def _close(suite: ET.Element) -> None:
    ET.SubElement(suite, "system-out")
    ET.SubElement(suite, "system-err")


def render(report: Report) -> str:
    stamp = _timestamp()
    grouped = _by_file(report.findings)
    for path in (report.extra or {}).get("paths", ()):
        grouped.setdefault(str(path), [])
    root = ET.Element("testsuites")
    for index, (path, findings) in enumerate(sorted(grouped.items())):
        suite = _suite(root, index, path, len(findings) or 1, len(findings), stamp)
        for finding in findings:
            _case(suite, finding)
        if not findings:
            ET.SubElement(suite, "testcase", {"name": "no findings", "classname": _clean(path), "time": "0"})
        _close(suite)
    if not grouped:
        suite = _suite(root, 0, "designlint", 1, 0, stamp)
        files = f"{report.files} file{'' if report.files == 1 else 's'}"
        ET.SubElement(suite, "testcase", {"name": f"no findings in {files}", "classname": "designlint", "time": "0"})
        _close(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
