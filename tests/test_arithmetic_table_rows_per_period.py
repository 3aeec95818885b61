"""E002: a table of figures that gives one rate a row, then the same thing per another period of the clock on the
next row, restates it: "| parcels per hour | 450 |" over "| parcels per minute | ca. 75 |" is 10 times too large.
A day is a working day of any length, so "per day" over "per hour" restates nothing; nor do two different things."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Parcel lockers\n\n## Estimation\n\n| figure | value |\n|---|---|\n{}\n{}\n"


def _findings(one: str, other: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(one, other), select=("E002", "E007"))]


def test_a_rate_restated_per_another_period_on_the_next_row_is_checked() -> None:
    found = _findings("| parcels per hour | 450 |", "| parcels per minute | ca. 75 |")
    assert found == ["450 parcels per hour evaluates to 7.5 per minute, stated ~75 parcels per minute"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("| parcels per hour | 450 |", "| parcels per minute | ca. 7.5 |"),
        ("| parcels per day | 4,500 |", "| parcels per hour | 450 |"),
        ("| parcels per hour | 450 |", "| pickups per minute | 75 |"),
    ],
)
def test_right_rows_a_working_day_or_two_things_are_no_slip(one: str, other: str) -> None:
    assert _findings(one, other) == []
