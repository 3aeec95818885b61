"""End to end: a team's design repo (git, config, KEP/RFC/ADR/own-template docs, a front-matter schema) in CI.

The repo is copied from tests/fixtures/team-repo into a fresh git repository, then linted
through the command line as CI would, in each CI format.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from designlint.cli import main

from conftest import FIXTURES, ROOT

TEAM_FINDINGS = [
    ("adr/0004-event-queue.md", 3, "T002"),  # status 'done' is not in the schema's enum
    ("adr/0004-event-queue.md", 7, "T001"),  # an ADR without Consequences
    ("design/0005-session-cache.md", 8, "T001"),  # the platform-rfc profile (front matter) wants SLOs
    ("rfcs/0002-batch-uploads.md", 4, "T001"),  # an RFC without Drawbacks
]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "design-repo"
    shutil.copytree(FIXTURES / "team-repo", root)
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "design docs"]):
        subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=root, check=True)
    monkeypatch.chdir(root)
    return root


def _lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", *args])
    return result.exit_code, result.output


def test_team_docs_get_their_templates_and_interview_docs_the_framework(repo: Path) -> None:
    code, output = _lint(".", "--format", "json")
    assert code == 1  # fail-on = "warning" in the repo's config
    findings = json.loads(output)["findings"]
    team = [(f["path"], f["line"], f["rule"]) for f in findings if not f["path"].startswith("interviews/")]
    assert team == TEAM_FINDINGS
    interview = {f["rule"] for f in findings if f["path"].startswith("interviews/")}
    assert interview and not any(rule.startswith("T") for rule in interview)
    messages = {f["path"]: f["message"] for f in findings if f["rule"] == "T001"}
    assert "platform-rfc template requires: add a 'SLOs' section" in messages["design/0005-session-cache.md"]


def test_complete_kep_and_valid_adr_are_clean(repo: Path) -> None:
    code, output = _lint("keps", "adr/0003-use-postgres.md")
    assert code == 0, output
    assert "no findings" in output.lower() or output.strip().startswith("All clear")


def test_github_annotations(repo: Path) -> None:
    code, output = _lint("adr", "rfcs", "--format", "github")
    assert code == 1
    assert "::error file=adr/0004-event-queue.md,line=3,col=1,title=T002 front-matter-invalid::" in output
    assert "::warning file=rfcs/0002-batch-uploads.md,line=4,col=1,title=T001 missing-required-section::" in output


def test_sarif_and_junit_reports(repo: Path) -> None:
    code, _ = _lint("adr", "rfcs", "design", "--format", "sarif", "--output-file", "designlint.sarif")
    assert code == 1
    sarif = json.loads((repo / "designlint.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results) == ["T001", "T001", "T001", "T002"]
    code, output = _lint("adr", "rfcs", "design", "--format", "junit")
    suites = ET.fromstring(output.encode("utf-8")).findall("testsuite")
    assert sum(int(s.get("failures", "0")) for s in suites) == 4


def test_fail_on_error_lets_warnings_through(repo: Path) -> None:
    assert _lint("rfcs", "--fail-on", "error")[0] == 0
    assert _lint("adr", "--fail-on", "error")[0] == 1  # T002 is an error


def test_the_cache_notices_a_changed_schema_and_per_file_profiles(repo: Path) -> None:
    def rules() -> list[str]:  # a fresh process each time, as in CI: only the on-disk cache carries over
        command = [sys.executable, "-m", "designlint", "lint", "adr", "--format", "json"]
        done = subprocess.run(
            command, cwd=repo, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}
        )
        return [f["rule"] for f in json.loads(done.stdout)["findings"]]

    assert rules() == ["T002", "T001"]
    schema = repo / "schemas" / "design-doc.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"proposed",', '"done", "proposed",'), "utf-8")
    assert rules() == ["T001"]  # 'done' is allowed now
    config = repo / ".designlint.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"adr/*" = "adr"', '"adr/*" = "proposal"'), "utf-8")
    assert rules() == ["T001"] * 4  # as proposals, both ADRs lack an Abstract and a Rationale


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=repo, check=True)


def test_adopt_with_a_baseline_then_a_pull_request_reports_only_what_it_adds(repo: Path) -> None:
    """The adoption path: record today's findings, then a branch that edits one RFC and adds a doc."""
    assert _lint(".", "--write-baseline", "designlint-baseline.json", "--no-cache")[0] == 0
    _git(repo, "add", "designlint-baseline.json")
    _git(repo, "commit", "-qm", "baseline")
    _git(repo, "branch", "-M", "main")
    _git(repo, "checkout", "-qb", "feature")
    rfc = repo / "rfcs" / "0002-batch-uploads.md"
    rfc.write_text("<!-- a note pushed in at the top -->\n\n" + rfc.read_text())  # old finding, new line number
    (repo / "rfcs" / "0009-new-idea.md").write_text(
        "# RFC: new idea\n\n## Summary\n\nShort.\n\n## Motivation\n\n## Guide-level explanation\n\nText.\n"
    )
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "branch work")
    args = ["--changed-since", "main", "--baseline", "designlint-baseline.json", "--format", "json", "--no-cache"]
    code, output = _lint(*args)
    found = [(f["path"], f["rule"]) for f in json.loads(output)["findings"]]
    assert ("rfcs/0002-batch-uploads.md", "T001") not in found  # in the baseline, though its line moved
    assert found and all(path == "rfcs/0009-new-idea.md" for path, _ in found)
    assert ("rfcs/0009-new-idea.md", "S003") in found and code == 1
