"""E002: workings told loosely, as notes and second-language writers tell them, are read and checked:
- a step said out loud in the next sentence, its divisor a word and its result after a comma and "roughly" alone
  ("150k holds a week. Divide by seven, roughly 21k holds a day.");
- a size in bytes spelled with a capital, as German nouns are ("12 Mio × 60 Byte = 720 MB");
- a count worked out with "≈" and given a period, then carried into the next step ("240 x 365 ≈ 87.6k
  bookings/yr, x 300B = 26MB/yr").
The same workings with the figures right are no slip, and a figure after "divide by seven," that is no result says
nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Parcel lockers\n\n## Estimation\n\n{}\n"


def _findings(text: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(text), select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("wrong", "said"),
    [
        (
            "That's 150k parcels a week. Divide by seven, roughly 2k parcels a day.",
            "150k parcels a week / 7 evaluates to 21,429 a day, stated 2k parcels a day",
        ),
        ("Scans per year: 12 Mio × 60 Byte = 72 MB.", "12 Mio × 60 Byte evaluates to 720 MB, stated 72 MB"),
        (
            "- storage: 240 x 365 ≈ 8.7k parcels/yr, x ~300B = ~2.6MB/yr",
            "240 x 365 evaluates to 87,600, stated 8.7k parcels/yr",
        ),
    ],
)
def test_a_slip_in_a_loosely_told_working_is_found(wrong: str, said: str) -> None:
    assert _findings(wrong) == [said]


@pytest.mark.parametrize(
    "right",
    [
        "That's 150k parcels a week. Divide by seven, roughly 21k parcels a day.",
        "Scans per year: 12 Mio × 60 Bytes = 720 MB.",
        "- storage: 240 x 365 ≈ 87.6k parcels/yr, x ~300B = ~26MB/yr",
        "That's 150k parcels a week. Divide by seven, 3 couriers each take a share.",
    ],
)
def test_the_same_workings_right_are_no_slip(right: str) -> None:
    assert _findings(right) == []
