"""`designlint fix` marks up the lines the outline reads as headings, changing nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from designlint.catalogue import load_catalogue
from designlint.cli import main
from designlint.doc.document import parse
from designlint.doc.marks import markable
from designlint.doc.outline import build_outline
from designlint.scaffold.fix import split_lines
from designlint.scaffold.markup import markup_headings

from conftest import FIXTURES

HERE = FIXTURES / "implicit"
CATALOGUE = load_catalogue()
DOCS = sorted(HERE.glob("*.md"))


def _only_marked(old: str, new: str) -> bool:
    """Hashes and a space went in front of the line, or a space after its hashes; nothing else changed."""
    if new.endswith(old) and re.fullmatch(r"#{2,6} ", new[: len(new) - len(old)]):
        return True
    return new == re.sub(r"^( {0,3}#+)", r"\1 ", old, count=1)


def _steps(text: str) -> set[str]:
    return set(build_outline(parse(text), CATALOGUE).steps)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_only_line_starts_change_and_the_outline_stays(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fixed, count = markup_headings(text, CATALOGUE)
    before, after = split_lines(text), split_lines(fixed)
    assert len(before) == len(after)
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert len(changed) == count
    assert all(_only_marked(old, new) for old, new in changed), changed
    # What fix can mark up is marked up; an opening exchange and a bulleted label stay as written.
    lines = parse(fixed).lines
    assert [s for s in parse(fixed).sections() if markable(lines, s)] == []
    assert _steps(fixed) == _steps(text)


def test_levels_follow_the_heading_above() -> None:
    text = "# Design a kiosk\n\nRequirements\n\nFunctional:\n- order food\n\n##Deep dive\nlocks per kiosk\n"
    fixed, count = markup_headings(text, CATALOGUE)
    assert count == 3
    assert fixed == (
        "# Design a kiosk\n\n## Requirements\n\n### Functional:\n- order food\n\n## Deep dive\nlocks per kiosk\n"
    )


def test_line_ends_are_kept() -> None:
    text = "Design a kiosk\r\n\r\nDeep dive\r\nlocks per kiosk\r\n"
    fixed, count = markup_headings(text, CATALOGUE)
    assert (fixed, count) == ("Design a kiosk\r\n\r\n## Deep dive\r\nlocks per kiosk\r\n", 1)


def test_an_item_over_indented_code_is_left_alone() -> None:
    text = "1. Deep dive\n\n        code that would move\n"
    assert markup_headings(text, CATALOGUE) == (text, 0)


def test_fix_command_marks_up_plain_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text((HERE / "alone.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", str(path), "--profile", "interview"])
    assert result.exit_code == 0, result.output
    assert "marked up 6 lines as headings" in result.output
    assert "## Deep dive\n" in path.read_text(encoding="utf-8")


LINES = st.sampled_from(
    [
        "Deep dive",
        "##Requirements",
        "some estimations:",
        "1. Functional requirements",
        "   - a point",
        "text",
        "",
        "# Title",
        "```",
        "> quote",
        "- item",
        "    indented",
        "\ufeffAPIs",
        "The requirements are:",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=20), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_only_gains_hashes(lines: list[str], ending: str) -> None:
    text = ending.join(lines)
    fixed, count = markup_headings(text, CATALOGUE)
    before, after = split_lines(text), split_lines(fixed)
    assert len(before) == len(after)
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert len(changed) == count
    assert all(_only_marked(old.lstrip("\ufeff"), new.lstrip("\ufeff")) for old, new in changed), changed


def test_a_reply_that_opens_with_a_label_stays_a_reply() -> None:
    """"A: Functional:" in a transcript heads the list below it for the outline, but it is a turn of the talk:
    fix leaves it, while the plain label beside it is marked up."""
    text = "# Kiosk\n\nQ: Requirements?\n\nA: Functional:\n- order food\n\nNon-functional:\n- fast\n"
    fixed, count = markup_headings(text, CATALOGUE)
    assert "\nA: Functional:\n" in fixed and "\n## Non-functional:\n" in fixed and count == 1
