"""E002/E007: a rate restated after a dash as after a comma ("3.75M updates a day — around 43 a second"), and a
term added after a comma ("~51 TB, plus ~40 TB of indexes => ~91 TB"); a dash before words, not a figure, still
ends the clause."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "so 3.75M row updates a day — around 43 a second.",
            "so 3.75M row updates a day — around 430 a second.",
        ),
        ("orders: 2M a day – about 23 a second", "orders: 2M a day – about 230 a second"),
        (
            "- 7 yr retention -> ~51TB, plus ~40TB indexes => ~91TB",
            "- 7 yr retention -> ~51TB, plus ~40TB indexes => ~61TB",
        ),
    ],
)
def test_a_restated_rate_after_a_dash_and_a_term_added_after_a_comma_are_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) in (["E002"], ["E007"])


def test_a_dash_before_words_ends_the_clause() -> None:
    assert _slips("orders: 2M a day — most of them at lunch, 230 a second at the peak") == []
