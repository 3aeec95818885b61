"""A daily amount kept for a span, said in words in its sentence or the next, and what that comes to: the amount
times the span ("30 GB/day. With 90-day retention the table holds about 2.7 TB"). A copy, a compression or a
sample said between is not read, nor a figure between."""

from __future__ import annotations

import pytest
from test_arithmetic_windows import verdicts

from designlint.estimate.judge import ARITHMETIC, OK


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Rows are 300 B: 100M x 300 B = 30 GB/day. With 90-day retention the table holds about 2.7 TB.", OK),
        ("Rows are 300 B: 100M x 300 B = 30 GB/day. With 90-day retention the table holds about 27 TB.", ARITHMETIC),
        ("That gives 400 GB of raw scans per day. We keep raw scans for 30 days (12 TB) and rollups forever.", OK),
        ("That gives 400 GB of raw scans per day. We keep raw scans for 30 days (1.2 TB) and rollups forever.", ARITHMETIC),
        ("So 2 GB a day, and 14 days of history comes to 28 GB.", OK),
        ("So 2 GB a day, and 14 days of history comes to 280 GB.", ARITHMETIC),
    ],
)
def test_a_daily_amount_kept_for_a_span_is_the_amount_times_the_span(line: str, kind: str) -> None:
    assert kind in [k for _, k in verdicts(line)]


@pytest.mark.parametrize(
    "line",
    [
        "That gives 30 GB per day. With 90-day retention and three replicas the table holds about 8 TB.",
        "That gives 30 GB per day. Kept 90 days after compression the table holds about 300 GB.",
        "That gives 30 GB per day. We keep 90 days of it, 3 copies, which holds about 8 TB.",
    ],
)
def test_a_copy_a_compression_or_a_figure_between_is_not_read_so(line: str) -> None:
    assert ARITHMETIC not in [k for _, k in verdicts(line)]
