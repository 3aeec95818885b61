"""E002: a doc that works out its own year in days ("50 visits per day × 250 days = 12.500 per year", a business open
on weekdays) may scale later daily figures with it ("20 MB per day → ca. 5 GB per year"); and a price beside what is
saved against it ("Compared to today (49 EUR / month) we save ca. 400 EUR per year") states a difference, not the
price converted. A year of 250 days stated nowhere, a wrong total after such a year, and a price said to cost a
year's wrong total are still slips."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips

_TITLE = "Dog daycare app"


@pytest.mark.parametrize(
    "lines",
    [
        "- Visits: 50 per day × 250 days = 12.500 per year.\n- Photos: 20 MB per day → ca. 5 GB per year.",
        "- Compared to today (49 EUR / month) we save ca. 400 EUR per year.",
    ],
)
def test_the_docs_own_year_and_a_saving_are_no_slip(lines: str) -> None:
    assert arithmetic_slips(lines, _TITLE) == []


@pytest.mark.parametrize(
    "lines",
    [
        "- Photos: 20 MB per day → ca. 5 GB per year.",
        "- Visits: 50 per day × 250 days = 12.500 per year.\n- Photos: 20 MB per day → ca. 2 GB per year.",
        "- Hosting (49 EUR / month) costs ca. 400 EUR per year.",
    ],
)
def test_slips_beside_them_are_still_found(lines: str) -> None:
    assert len(arithmetic_slips(lines, _TITLE)) == 1
