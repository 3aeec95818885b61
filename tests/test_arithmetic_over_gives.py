"""E002/E007: one figure over another and what that gives ("12 Tbps over 40 Gbps gives ~300 servers") is a
division; "over" with no result after it, or over a span of days, is no division to check."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


def test_a_figure_over_another_that_gives_a_result_is_checked() -> None:
    right = "At peak, 12 Tbps over 40 Gbps a box gives ~300 servers before headroom."
    assert _slips(right) == []
    assert _slips(right.replace("~300", "~3,000")) == ["E002"]


@pytest.mark.parametrize(
    "no_division",
    [
        "We spread 12 Tbps over 40 Gbps links at the edge.",
        "Logs are kept 30 TB over 90 days, then rolled up.",
    ],
)
def test_over_with_no_result_is_no_division(no_division: str) -> None:
    assert _slips(no_division) == []
