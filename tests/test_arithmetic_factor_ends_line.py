"""E002: a line of notes that ends on a factor said whole ("peaks maybe 5x") ends its thought; joined to the next
line, "5x" multiplied the figure that opens it ("5x 1M / 86400 ~ 12/s" read as 5 x 1M / 86400) and a right
calculation was reported wrong. A line broken at "5 x" still goes on below, and so does a sentence broken mid-way."""

from __future__ import annotations

from conftest import lint_string

DOC = (
    "# Train seats\n\n## Requirements\n- book a seat on a train\n\n"
    "## Estimation\n\nbookings: say 1M reservations/day on a normal day, peaks maybe {}\n{}\n\n"
    "## Design\nOne booking service over Postgres.\n"
)


def _e002(factor: str, below: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(factor, below), select=("E002",))]


def test_a_factor_ending_a_line_multiplies_nothing_below() -> None:
    assert _e002("5x", "1M / 86400 ~ 12/s avg, peak say 60/s") == []


def test_the_line_below_is_still_checked_on_its_own() -> None:
    (message,) = _e002("5x", "1M / 86400 ~ 40/s avg, peak say 60/s")
    assert message.startswith("1M / 86400 evaluates to")


def test_a_line_broken_at_an_operator_still_goes_on_below() -> None:
    (message,) = _e002("5 x", "2M / 86400 ~ 12/s avg")
    assert message.startswith("5 x 2M / 86400 evaluates to")


def test_a_factor_in_capitals_ends_its_line_too() -> None:
    assert _e002("5X", "1M / 86400 ~ 12/s avg, peak say 60/s") == []
