"""E002: a price per size given first, then the amount of data and what it comes to ("At roughly $0.023 per
GB-month, 360 TB in the hot tier comes to about $8,300 a month"): the amount times the price."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(text: str) -> list[str]:
    return arithmetic_slips(text, "Harbour camera archive")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "At roughly $0.02 per GB-month for cold storage, the 50 TB archive comes to about $100 a month.",
            "At roughly $0.02 per GB-month for cold storage, the 50 TB archive comes to about $1,000 a month.",
        ),
        (
            "At $0.05/GB, 2 TB of egress is $1,000.",
            "At $0.05/GB, 2 TB of egress is $100.",
        ),
    ],
)
def test_the_amount_times_the_price_is_checked(wrong: str, right: str) -> None:
    assert _slips(wrong)
    assert _slips(right) == []


def test_a_price_with_no_cost_after_the_amount_pairs_nothing() -> None:
    assert _slips("At roughly $0.02 per GB-month, the 50 TB archive is cheap enough to keep forever.") == []
