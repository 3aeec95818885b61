"""--changed-since runs git so that the linted repository's own config cannot start a program."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from designlint.gitfiles import changed_markdown

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

# Each setting names a program git would start; each writes its own marker when it runs.
HOSTILE = {
    "core.fsmonitor": "fsmonitor",
    "core.pager": "pager",
    "pager.diff": "pager-diff",
    "pager.ls-files": "pager-ls-files",
    "diff.external": "external-diff",
    "diff.evil.command": "diff-driver",
    "diff.evil.textconv": "textconv",
    "filter.evil.clean": "clean",
    "filter.evil.smudge": "smudge",
    "filter.evil.process": "filter-process",
    "core.sshCommand": "ssh",
    "core.editor": "editor",
    "core.askPass": "askpass",
}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=repo, check=True, capture_output=True
    )


def _hostile_repo(tmp_path: Path) -> tuple[Path, Path]:
    repo, markers = tmp_path / "repo", tmp_path / "markers"
    markers.mkdir()
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "same.md").write_text("# Same\n")
    (repo / "docs" / "edited.md").write_text("# Before\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    mark = tmp_path / "mark.sh"
    mark.write_text(f'#!/bin/sh\ntouch "{markers}/$MARK"\ncat\n')
    mark.chmod(0o755)
    for key, name in HOSTILE.items():
        _git(repo, "config", key, f"MARK={name} {mark}")
    hooks = repo / ".git" / "hooks"
    for hook in ("post-index-change", "pre-commit", "post-checkout", "reference-transaction"):
        (hooks / hook).write_text(f'#!/bin/sh\ntouch "{markers}/hook-{hook}"\n')
        (hooks / hook).chmod(0o755)
    (repo / ".gitattributes").write_text("*.md filter=evil diff=evil\n")
    return repo, markers


def test_repository_config_starts_no_program_and_the_changes_are_still_right(tmp_path: Path) -> None:
    repo, markers = _hostile_repo(tmp_path)
    (repo / "docs" / "edited.md").write_text("# After\n")
    (repo / "docs" / "new.md").write_text("# New\n")
    (repo / "docs" / "same.md").touch()  # newer stat, same bytes: git would re-hash it through the filter
    found = changed_markdown("main", repo / "docs")
    assert [p.relative_to(repo).as_posix() for p in found] == ["docs/edited.md", "docs/new.md"]
    assert sorted(p.name for p in markers.iterdir()) == []


def test_line_ending_conversion_alone_is_not_a_change(tmp_path: Path) -> None:
    repo, markers = _hostile_repo(tmp_path)
    (repo / "docs" / "same.md").write_bytes(b"# Same\r\n")  # what core.autocrlf checks out
    assert changed_markdown("main", repo) == []
    assert not list(markers.iterdir())


def test_marker_script_really_runs_under_plain_git(tmp_path: Path) -> None:
    """The hostile settings work: plain git on this repository does start them."""
    repo, markers = _hostile_repo(tmp_path)
    (repo / "docs" / "edited.md").write_text("# After\n")
    subprocess.run(["git", "diff", "--stat", "main"], cwd=repo, capture_output=True, check=False)
    assert {"fsmonitor", "filter-process"} <= {p.name for p in markers.iterdir()}


def test_a_ref_that_looks_like_an_option_is_refused(tmp_path: Path) -> None:
    from designlint.errors import UsageError

    repo, markers = _hostile_repo(tmp_path)
    for ref in ("--output=/tmp/x", "-h"):
        with pytest.raises(UsageError, match="is not a git ref"):
            changed_markdown(ref, repo)
    assert not list(markers.iterdir())
