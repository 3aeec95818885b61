"""Baselines keep old findings quiet across edits elsewhere; changed-since finds what a branch touched."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from designlint.errors import UsageError
from designlint.gitfiles import changed_markdown
from designlint.lint import baseline

from conftest import lint_path

DOC = "# T\n\n## Requirements\n\n## Notes\n\ntext\n\n## Open questions\n"


def test_baseline_survives_edits_elsewhere_but_not_new_problems(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(DOC)
    file = tmp_path / "baseline.json"
    assert baseline.write(file, lint_path(doc, select=("S003",))) == 2
    doc.write_text("# T\n\nAn intro paragraph pushes every line down.\n\n" + DOC.split("\n", 2)[2])
    recorded = baseline.read(file)
    assert baseline.new_findings(lint_path(doc, select=("S003",)), recorded, tmp_path) == []
    doc.write_text(DOC + "\n## Another empty one\n")
    fresh = baseline.new_findings(lint_path(doc, select=("S003",)), recorded, tmp_path)
    assert [(f.line, f.section) for f in fresh] == [(11, "Another empty one")]


def test_baseline_counts_repeated_findings(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("# T\n\n## A\n\n## A\n")
    file = tmp_path / "b.json"
    baseline.write(file, lint_path(doc, select=("S003",))[:1])
    fresh = baseline.new_findings(lint_path(doc, select=("S003",)), baseline.read(file), tmp_path)
    assert len(fresh) == 1


def test_baseline_file_is_keyed_by_relative_path_and_has_no_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "d.md"
    doc.write_text(DOC)
    baseline.write(tmp_path / "b.json", lint_path(doc, select=("S003",)))
    data = json.loads((tmp_path / "b.json").read_text())
    assert {e["path"] for e in data["findings"]} == {"docs/d.md"}
    assert all("line" not in e for e in data["findings"])


@pytest.mark.parametrize("content", ["not json", '{"version": 9, "findings": []}', '{"version": 1}'])
def test_bad_baseline_is_a_usage_error(tmp_path: Path, content: str) -> None:
    file = tmp_path / "b.json"
    file.write_text(content)
    with pytest.raises(UsageError, match="not a designlint baseline"):
        baseline.read(file)
    with pytest.raises(UsageError, match="cannot read baseline"):
        baseline.read(tmp_path / "missing.json")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=repo, check=True, capture_output=True
    )


def test_changed_since_lists_changed_and_untracked_markdown(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "old.md").write_text("# Old\n")
    (repo / "docs" / "same.md").write_text("# Same\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    (repo / "docs" / "old.md").write_text("# Old, edited\n")
    (repo / "docs" / "new.md").write_text("# New\n")
    (repo / "notes.txt").write_text("x")
    found = changed_markdown("main", repo / "docs")
    assert [p.relative_to(repo).as_posix() for p in found] == ["docs/new.md", "docs/old.md"]


def test_changed_since_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not inside a git repository"):
        changed_markdown("main", tmp_path)
    _git(tmp_path, "init", "-q")
    with pytest.raises(UsageError, match="unknown git ref 'nope'"):
        changed_markdown("nope", tmp_path)


# --- end to end through `designlint lint` ---


def test_write_baseline_then_only_new_findings(runner, tmp_path: Path, monkeypatch) -> None:
    from designlint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".designlint.toml").write_text('select = ["S003"]\n')
    (tmp_path / "doc.md").write_text(DOC)
    wrote = runner.invoke(main, ["lint", "doc.md", "--write-baseline", "base.json", "--no-cache"])
    assert wrote.exit_code == 0 and "wrote 2 findings to base.json" in wrote.output
    again = runner.invoke(main, ["lint", "doc.md", "--baseline", "base.json", "--no-cache"])
    assert again.exit_code == 0 and "All clear" in again.output
    (tmp_path / "doc.md").write_text("# T\n\nNew intro.\n\n" + DOC.split("\n", 2)[2] + "\n## Fresh gap\n")
    fresh = runner.invoke(main, ["lint", "doc.md", "--baseline", "base.json", "--no-cache", "--format", "json"])
    assert fresh.exit_code == 0  # S003 is a warning
    assert [(f["rule"], f["section"]) for f in json.loads(fresh.output)["findings"]] == [("S003", "Fresh gap")]
    broken = runner.invoke(main, ["lint", "doc.md", "--baseline", "missing.json"])
    assert broken.exit_code == 2 and "missing.json: cannot read baseline" in broken.output


def test_changed_since_lints_only_what_the_branch_touched(runner, tmp_path: Path, monkeypatch) -> None:
    from designlint.cli import main

    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / ".designlint.toml").write_text('select = ["S003"]\nextend-exclude = ["archive"]\n')
    (repo / "docs" / "old.md").write_text("# Old\n\n## Gap\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    _git(repo, "checkout", "-qb", "feature")
    (repo / "docs" / "new.md").write_text("# New\n\n## Gap\n")
    (repo / "archive").mkdir()
    (repo / "archive" / "skip.md").write_text("# Skip\n\n## Gap\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "branch work")
    monkeypatch.chdir(repo)
    result = runner.invoke(main, ["lint", "--changed-since", "main", "--no-cache", "--format", "json"])
    assert [f["path"] for f in json.loads(result.output)["findings"]] == ["docs/new.md"]
    nothing = runner.invoke(main, ["lint", "--changed-since", "feature", "--no-cache"])
    assert nothing.exit_code == 0 and "no findings in 0 files" in nothing.output
    bad = runner.invoke(main, ["lint", "--changed-since", "nope"])
    assert bad.exit_code == 2 and "unknown git ref 'nope'" in bad.output
