"""A rate per second kept up over a span, and what that comes to in words: "4 MB/s over a whole day is about 35 GB",
"120k events/s for a day gives ~10B". The rate times the span is checked; an amount spread over a span ("the 10 TB
over a month is 3.8 MB/s") divides, and is not read as a product."""

from __future__ import annotations

import pytest

from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.quantity import DEFAULT_PERIODS


def _kinds(line: str) -> list[str]:
    return [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("If we keep every reading, 4 MB/s over a whole day is about 345 GB.", OK),
        ("If we keep every reading, 4 MB/s over a whole day is about 35 GB.", ARITHMETIC),
        ("120k events/s for a day gives ~10B rows", OK),
        ("120k events/s for a day gives ~1B rows", ARITHMETIC),
    ],
)
def test_a_rate_kept_up_over_a_span_is_the_rate_times_the_span(line: str, kind: str) -> None:
    assert _kinds(line) == [kind]


def test_an_amount_spread_over_a_span_is_no_product() -> None:
    assert ARITHMETIC not in _kinds("the 10 TB over a month is 3.8 MB/s")
