"""D004: two words that look like a weighing but set nothing against each other. "vs" after a verb of checking
means "against" ("fill vs head of the best ask queue", "check vs the limit"); a comparative denied states no
difference ("a long video is not slower than a short one"). "Postgres vs Cassandra: we pick Postgres because ..."
and "the ring is faster than the tree but needs more memory" still weigh."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Exchange

## Requirements
- place and cancel orders
- see trades

## High-level design
gateway -> sequencer -> matching engine -> event log

## Deep dive: order book
Each symbol keeps a bid side and an ask side of price levels, each a FIFO queue of orders.
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "For an incoming buy: while qty > 0 and px >= best ask -> fill vs head of the best ask queue, emit trade.",
        "Every order is checked vs the account limit before it is sequenced.",
        "Because chunks are independent, a long book is not slower than a short one, we just use more workers.",
    ],
)
def test_a_check_against_or_a_denied_comparative_weighs_nothing(line: str) -> None:
    assert [f.rule_id for f in lint_string(DOC.format(line=line), select=("D004",))] == ["D004"]


@pytest.mark.parametrize(
    "line",
    [
        "Array levels vs a tree: we pick the array because activity sits near the touch.",
        "The array is faster than a tree but needs more memory for sparse books.",
    ],
)
def test_two_ways_set_against_each_other_still_weigh(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("D004",)) == []
