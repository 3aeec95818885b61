"""The pre-commit hook, run for real: `pre-commit try-repo` installs this repo's hook into a
sample git repo made here and runs it on the repo's docs.

pre-commit (from PyPI, in the test extra) builds the hook's environment with pip, so this
needs the package index; it is skipped, saying so, when pre-commit or the index is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytest.importorskip("pre_commit")

PROPOSAL = """# Proposal: nightly compaction

## Abstract

Compact the event log every night instead of on every write.

## Background

Compaction on write doubles write latency at peak.

## Proposal

A nightly job rewrites each segment once.
"""
RATIONALE = """
## Rationale

Compacting on write keeps reads fast all day, but costs write latency when it matters most.
"""
OFFLINE = ("Could not find a version", "Failed to establish a new connection", "No matching distribution")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _sample_repo(path: Path) -> Path:
    """One proposal without its rationale, one with it, and a file that is not Markdown."""
    (path / "design").mkdir(parents=True)
    (path / "design" / "0001-compaction.md").write_text(PROPOSAL, encoding="utf-8")
    (path / "design" / "0002-compaction-v2.md").write_text(PROPOSAL + RATIONALE, encoding="utf-8")
    (path / "notes.txt").write_text("not a design doc\n", encoding="utf-8")
    (path / ".designlint.toml").write_text('fail-on = "warning"\n[per-file-profiles]\n"design/*" = "proposal"\n')
    _git(path, "init", "-q")
    _git(path, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".")
    _git(path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "docs")
    return path


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "designlint", "--all-files", "--verbose"]
    result = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    if result.returncode not in (0, 1) or any(sign in result.stdout + result.stderr for sign in OFFLINE):
        pytest.skip(f"pre-commit could not install the hook (no package index?): {result.stdout[-400:]}")
    return result


def test_hook_manifest_names_designlint() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "designlint")
    assert hook["entry"] == "designlint lint" and hook["language"] == "python" and hook["types"] == ["markdown"]


def test_try_repo_runs_the_hook_on_markdown_and_fails_on_a_finding(tmp_path: Path) -> None:
    result = _try_repo(_sample_repo(tmp_path / "repo"), tmp_path / "pre-commit-home")
    assert result.returncode == 1, result.stdout
    assert "designlint" in result.stdout and "Failed" in result.stdout
    assert "design/0001-compaction.md:1:1: T001" in result.stdout
    assert "0002-compaction-v2.md" not in result.stdout  # the complete proposal is clean
    assert "notes.txt" not in result.stdout  # only Markdown files are passed to the hook
