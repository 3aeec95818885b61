"""`designlint fix FILE`: insert missing steps and parts in place, or show them with --diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.doc.document import parse
from designlint.scaffold.fix import fix_text

from conftest import ids, lint_string

DOC = """# Design a paste service

## Requirements

### Functional requirements

- Store a paste and return a link.
- Show a paste by its link.

## High-level design

### API

- `POST /v1/pastes` returns the link.

## Deep dive: storage

Pastes go to object storage; metadata to a SQL table.
"""


def write(tmp_path: Path, text: str, name: str = "doc.md") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_fix_inserts_missing_steps_and_parts_in_place(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, DOC)
    result = runner.invoke(main, ["fix", str(path)])
    assert result.exit_code == 0
    assert result.stderr == (
        f"designlint: {path}: inserted 5 headings (Non-functional requirements, Out of scope, "
        "Back-of-envelope estimation, Data model, Architecture)\n"
    )
    fixed = path.read_text(encoding="utf-8")
    titles = [(s.level, s.title) for s in parse(fixed).sections()]
    order = [t for _, t in titles if not t.startswith(("Traffic", "Storage", "Bandwidth", "Cache", "Servers"))]
    assert order == [
        "Design a paste service",
        "Requirements",
        "Functional requirements",
        "Non-functional requirements",
        "Out of scope",
        "Back-of-envelope estimation",
        "High-level design",
        "API",
        "Data model",
        "Architecture",
        "Deep dive: storage",
    ]
    assert (3, "Non-functional requirements") in titles and (2, "Back-of-envelope estimation") in titles
    found = ids(lint_string(fixed))
    assert "S001" not in found and "S002" not in found and "S003" in found


def test_diff_shows_the_change_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, DOC)
    result = runner.invoke(main, ["fix", str(path), "--diff"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"--- {path}\n+++ {path}\n@@ ")
    assert "+## Back-of-envelope estimation\n" in result.stdout
    assert not [line for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert "would insert 5 headings" in result.stderr and "nothing written" in result.stderr
    assert path.read_text(encoding="utf-8") == DOC


def test_a_complete_doc_is_left_alone(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, DOC)
    runner.invoke(main, ["fix", str(path)])
    once = path.read_bytes()
    result = runner.invoke(main, ["fix", str(path)])
    assert result.exit_code == 0 and "nothing to insert" in result.stderr
    assert path.read_bytes() == once


def test_team_docs_are_left_alone_unless_asked(runner: CliRunner, tmp_path: Path) -> None:
    team = "# Proposal: faster builds\n\n## Summary\n\nx\n\n## Motivation\n\ny\n\n## Alternatives considered\n\nz\n"
    path = write(tmp_path, team)
    result = runner.invoke(main, ["fix", str(path)])
    assert result.exit_code == 0 and "does not hold a doc to the four steps" in result.stderr
    assert path.read_text(encoding="utf-8") == team
    assert runner.invoke(main, ["fix", str(path), "--profile", "interview"]).exit_code == 0
    assert "## Requirements and scope" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_ends_are_kept(tmp_path: Path, ending: str) -> None:
    fixed, inserted = fix_text(DOC.replace("\n", ending))
    assert inserted
    assert "\n" not in fixed.replace("\r\n", "") if ending == "\r\n" else "\n" not in fixed


def test_a_doc_without_a_final_newline_or_ending_in_open_code(tmp_path: Path) -> None:
    fixed, _ = fix_text("# T\n\n## Requirements\n\ntext")
    assert fixed.startswith("# T\n\n## Requirements\n\ntext\n\n### Functional requirements\n")
    fixed, inserted = fix_text("# T\n\n## Requirements\n\n```\ncode runs to the end")
    assert "```\ncode runs to the end\n```\n\n" in fixed
    assert "deep-dive" in inserted


def test_bad_files_are_one_line_errors(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(main, ["fix", str(tmp_path / "none.md")])
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    binary = tmp_path / "bin.md"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(main, ["fix", str(binary)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "not UTF-8" in result.stderr
    link = tmp_path / "link.md"
    link.symlink_to(write(tmp_path, DOC, "real.md"))
    result = runner.invoke(main, ["fix", str(link)])
    assert result.exit_code == 2 and "symlink" in result.stderr
    assert (tmp_path / "real.md").read_text(encoding="utf-8") == DOC


def test_config_synonyms_are_honoured(runner: CliRunner, tmp_path: Path) -> None:
    config = '[steps.deep-dive]\nextend-synonyms = ["hard parts"]\n'
    write(tmp_path, config, ".designlint.toml")
    path = write(tmp_path, DOC.replace("## Deep dive: storage", "## Hard parts"))
    runner.invoke(main, ["fix", str(path)])
    text = path.read_text(encoding="utf-8")
    assert "## Hard parts" in text and "## Deep dive\n" not in text
