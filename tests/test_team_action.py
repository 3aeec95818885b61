"""The composite GitHub Action (action.yml) and the workflows the README shows.

The action's lint step is run for real with bash, as the runner would, against the sample
team repo; the workflows are checked for the safe-CI points: pull_request (never
pull_request_target), read-only permissions, no persisted credentials, actions pinned by SHA.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import FIXTURES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOWS = sorted((FIXTURES / "team-repo" / ".github" / "workflows").glob("*.yml"))
EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")
BASH = shutil.which("bash")


def _lint_step() -> dict[str, Any]:
    step: dict[str, Any] = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "lint")
    return step


def test_action_is_composite_with_the_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "config", "format", "fail-on"} <= set(ACTION["inputs"])
    assert ACTION["inputs"]["format"]["default"] == "github"
    assert "report" in ACTION["outputs"]


def test_inputs_never_reach_a_script_directly() -> None:
    for step in ACTION["runs"]["steps"]:
        assert step["shell"] == "bash"
        assert "${{" not in step["run"], f"step {step['name']!r} pastes an expression into its script"


def _run_lint(repo: Path, tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run the action's lint step with bash, designlint installed where the install step puts it."""
    venv_bin = tmp_path / "runner" / "designlint-venv" / "bin"
    venv_bin.mkdir(parents=True)
    wrapper = venv_bin / "designlint"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m designlint "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()} | inputs
    step = _lint_step()
    env = {k: EXPRESSION.sub(lambda m: values[m.group(1)], v) for k, v in step["env"].items()}
    output = tmp_path / "github_output"
    env |= {"RUNNER_TEMP": str(tmp_path / "runner"), "GITHUB_OUTPUT": str(output), "PATH": os.environ["PATH"]}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([BASH or "bash", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True)
    return result, output.read_text(encoding="utf-8") if output.exists() else ""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / "team-repo", root)
    return root


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_lint_step_writes_annotations_and_fails_on_findings(repo: Path, tmp_path: Path) -> None:
    result, outputs = _run_lint(repo, tmp_path, paths="rfcs\nadr", **{"fail-on": "warning"})
    assert result.returncode == 1, result.stderr
    assert "::warning file=rfcs/0002-batch-uploads.md,line=4" in result.stdout
    assert "::error file=adr/0004-event-queue.md,line=3" in result.stdout
    assert "design/" not in result.stdout  # only the given paths
    assert outputs.strip() == "report="


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_lint_step_writes_sarif_and_names_the_report(repo: Path, tmp_path: Path) -> None:
    result, outputs = _run_lint(repo, tmp_path, paths="rfcs", format="sarif", **{"output-file": "out.sarif"})
    assert result.returncode == 1, (
        result.stderr
    )  # the repo's config says fail-on = "warning"; the file is still written
    assert "report=out.sarif" in outputs
    sarif = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["T001"]


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_lint_step_rejects_an_unknown_format_and_quotes_hostile_paths(repo: Path, tmp_path: Path) -> None:
    result, _ = _run_lint(repo, tmp_path, format="html")
    assert result.returncode == 2 and "::error title=designlint::format must be" in result.stdout
    (tmp_path / "pwned").unlink(missing_ok=True)
    result, _ = _run_lint(repo, tmp_path / "second", paths=f"$(touch {tmp_path}/pwned) rfcs")
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_follow_the_safe_ci_guidance(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    flow = yaml.safe_load(text)
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads the key `on` as true
    assert "pull_request_target" not in triggers
    assert set(triggers) <= {"pull_request", "workflow_run"}
    assert flow["permissions"] == {"contents": "read"}
    for job in flow["jobs"].values():
        for step in job["steps"]:
            uses = step.get("uses", "")
            if uses:
                assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", uses), f"{uses} is not pinned by SHA"
            if uses.startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
        assert "head.sha" not in json.dumps(job.get("steps"))  # never check out the PR head in a privileged job
    for line in text.splitlines():
        if "@0000000000000000000000000000000000000000" in line:
            index = text.splitlines().index(line)
            assert "PLACEHOLDER" in text.splitlines()[index - 1], "placeholder SHAs must be marked"


def test_only_the_upload_job_may_write() -> None:
    writers = []
    for path in WORKFLOWS:
        flow = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, job in flow["jobs"].items():
            if "write" in json.dumps(job.get("permissions", {})):
                writers.append((path.name, name, flow[True]))
    assert [(w[0], w[1]) for w in writers] == [("designlint-upload.yml", "upload")]
    assert list(writers[0][2]) == ["workflow_run"]
