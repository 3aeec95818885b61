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


@pytest.mark.parametrize(
    "lines",
    [
        "- Visits: 50 per day × 250 days = 12.500 per year.\n- Logs: 10 GB per day → ca. 3.65 TB per year.",
        "- Visits: 50 per day × 250 days = 12.500 per year.\n- Hosting: 49 EUR / month = 588 EUR per year.",
        "- Visits: 50 per day × 250 days = 12.500 per year, ca. 1.000 per month.",
    ],
)
def test_the_usual_calendar_still_holds_beside_the_docs_year(lines: str) -> None:
    assert arithmetic_slips(lines, _TITLE) == []


def test_a_saving_worked_out_is_still_checked() -> None:
    assert len(arithmetic_slips("- 3 servers × 40 EUR / month saved = 1.000 EUR per year.", _TITLE)) == 1
