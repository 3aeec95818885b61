"""E002/E007: an amount a day, a month or a year ending one line and kept for a span on the next is checked when
the result names where it lies ("~1.2 PB on the search cluster", "~165 TB total"); a word that changes the
amount after it ("with 3 replicas", "per replica") leaves the pair alone."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "- ingest ~40 TB/day\n- retain 30d hot = ~1.2 PB on the search cluster",
            "- ingest ~40 TB/day\n- retain 30d hot = ~12 PB on the search cluster",
        ),
        (
            "- 150 GB x 365 = ~55 TB/yr\n- keep 3 yrs for audit -> ~165 TB total",
            "- 150 GB x 365 = ~55 TB/yr\n- keep 3 yrs for audit -> ~500 TB total",
        ),
    ],
)
def test_an_amount_kept_on_the_next_line_is_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) in (["E002"], ["E007"])


@pytest.mark.parametrize(
    "changed",
    [
        "- ingest ~40 TB/day\n- retain 30d = ~3.6 PB with 3 replicas",
        "- ~7.9 GB/day\n- 15 d retention -> ~120 GB per replica, x2 = 240 GB",
    ],
)
def test_a_word_that_changes_the_amount_leaves_the_pair_alone(changed: str) -> None:
    assert _slips(changed) == []
