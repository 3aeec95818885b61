"""E002/E007: a factor applied to the figure just before it, named "that" or a headroom, not written again ("≈ 120;
at lunch it is 3x that, so ~360"); silent where what "that" is cannot be told (a count of users before a size) or
a bare number was no result just worked out."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Orders average 10M / 86,400 ≈ 120 a second; at lunch it is 3× that, so ~360.",
            "Orders average 10M / 86,400 ≈ 120 a second; at lunch it is 3× that, so ~180.",
        ),
        (
            "About 2,000 per second on a weekday, and on New Year's Eve four times that, so roughly 8,000 per second.",
            "About 2,000 per second on a weekday, and on New Year's Eve four times that, so roughly 4,000 per second.",
        ),
        ("menu reads ~500 GB/day, 3x that = 1.5 TB/day with the photos", "menu reads ~500 GB/day, 3x that = 5 TB/day"),
    ],
)
def test_a_factor_on_the_figure_before_is_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) in (["E002"], ["E007"])


@pytest.mark.parametrize(
    "unclear",
    [
        "Menus take 2 TB today; at 100M diners it is 10x that, ~50 TB.",  # "that" is the size, not the diners
        "We keep 120 menus per city; 3x that, so ~500 photos.",  # 120 was no result worked out
    ],
)
def test_a_factor_on_an_unclear_figure_is_not_checked(unclear: str) -> None:
    assert _slips(unclear) == []
