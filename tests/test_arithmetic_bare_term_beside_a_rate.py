"""E002: a bare figure added to a rate counts in the rate's own period ("180 tasks/day + 40 extra = 220"), not per
second."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("so ~180 room tasks/day + ~40 extra requests = ~220 tasks", "so ~180 room tasks/day + ~40 extra = ~2,200 tasks"),
        ("35 bookings a day - 5 cancelled = 30 bookings a day", "35 bookings a day - 5 cancelled = 300 bookings a day"),
        ("12k writes/hour + 3k retries = 15k writes/hour", "12k writes/hour + 3k retries = 150k writes/hour"),
    ],
)
def test_a_bare_term_counts_in_the_period_of_the_rate_beside_it(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) == ["E002"]

