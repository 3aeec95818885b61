"""E001: in an estimate, a line that opens by concluding ("so ca. 60-75 lessons per day", "=> ~400 a week"), its
figure drawn from the figures on the lines above it, is a figure worked out; a first line that opens with "so"
has nothing above it to conclude from, and a line of plain figures concludes nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Dance school courses

## Requirements
- register for courses

## Some numbers
{lines}

## Design
One web app.
"""


def _e001(lines: str) -> bool:
    return bool(lint_string(DOC.format(lines=lines), select=("E001",)))


@pytest.mark.parametrize(
    "last",
    [
        "- so ca. 60-75 lessons per day in both studios",
        "- => ~400 lessons a week",
        "- Thus, about 70 lessons a day",
    ],
)
def test_a_line_concluding_from_the_figures_above_is_worked_out(last: str) -> None:
    assert not _e001(
        f"- 2 studios, together 9 teachers (some part time)\n- one teacher gives 6-8 lessons a day\n{last}"
    )


def test_a_concluding_line_with_nothing_above_works_nothing_out() -> None:
    assert _e001("- so ca. 60-75 lessons per day in both studios\n- 2 studios, together 9 teachers")


def test_plain_figures_conclude_nothing() -> None:
    assert _e001("- 2 studios, together 9 teachers\n- one teacher gives 6-8 lessons a day\n- 60-75 lessons per day")


def test_a_digit_in_a_name_above_gives_nothing_to_conclude_from() -> None:
    assert _e001("- the v2 plan keeps one studio\n- so 3 options remain for the rooms")
