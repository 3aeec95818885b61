"""E002: the euro sign set after its amount with a space, as European writers set it ("12,50 € x 12 = 1.500
€/year"), is read past like a sign before it, so the working is checked. A share of an amount the working does
not give, added to a figure ("89 EUR per shop per month plus 1,5% per online order, so ca. 450 EUR/month"), is no
sum to check."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Club fees\n\n## Estimation\n\n- {}\n"


def _e002(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("E002",)))


def test_a_slip_priced_in_euro_after_the_figure_is_found() -> None:
    assert _e002("12,50 € x 12 = 1.500 €/year")


@pytest.mark.parametrize(
    "line",
    [
        "12,50 € x 12 = 150 €/year",
        "ca. 89 EUR per shop per month plus 1,5% per online order, so ca. 450 EUR/month for us",
        "ca. 89 € per shop per month plus 1,5% per online order, so ca. 450 €/month for us",
    ],
)
def test_a_right_working_or_a_share_of_an_unstated_amount_is_no_slip(line: str) -> None:
    assert not _e002(line)
