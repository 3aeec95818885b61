"""E002: rates restated the way people say them are checked:
- a count in one hour restated per second after "so call it" ("12.5k reports in the first hour, so call it 35 a
  second" is 10 times too large);
- a yearly total spread over the year's days after a semicolon ("350k bookings a year; over 365 days that's ~10k
  bookings a day");
- a restatement in a sentence that also defines a word with a sign in brackets ("(a line being "product ×
  quantity")"), which holds no figure and no calculation.
A per-person amount "in one day" restated as everyone's per day restates nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Outage reports\n\n## Estimation\n\n{}\n"


def _findings(text: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(text), select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("wrong", "said"),
    [
        (
            "That's around 12.5k reports in the first hour, so call it 35 a second at peak.",
            "12.5k reports / 1 hour evaluates to 3.47 a second, stated 35 a second at peak",
        ),
        (
            "That's 350k reports a year; over 365 days that's ~10k reports a day.",
            "350k / 365 days evaluates to 959 a day, stated ~10k reports a day",
        ),
        (
            'Sixty depots with a dozen lines on an order (a line being "product × quantity") is about 4,300 order '
            "lines a week, or around 22,000 a year.",
            "4,300 order lines a week evaluates to 224,214 a year, stated around 22,000 a year",
        ),
    ],
)
def test_a_slip_in_a_spoken_restatement_is_found(wrong: str, said: str) -> None:
    assert _findings(wrong) == [said]


@pytest.mark.parametrize(
    "right",
    [
        "That's around 12.5k reports in the first hour, so call it 3.5 a second at peak.",
        "That's 350k reports a year; over 365 days that's ~960 reports a day.",
        'Sixty depots (a line being "product × quantity") is about 4,300 order lines a week, or 224,000 a year.',
        "Each customer sends about 30 reports in one day, so 1.5 million reports per day.",
    ],
)
def test_the_same_said_right_is_no_slip(right: str) -> None:
    assert _findings(right) == []
