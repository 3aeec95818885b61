"""R004: notes' shorthand names availability with its nines and no sign ("avail 99.95, feed > freshness"); a price
that ends in .95 beside "available" is no target, nor is "avail" over no figure. European notes write the nines
with a decimal comma ("availability: booking 99,9 ok"); a comma before three digits groups thousands."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Feed

## Requirements

- users read their feed, newest first
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "avail 99.95, feed > freshness. stale feed fine, empty feed not fine",
        "availability: feed 99,9 ok. posting may pause during deploys",
        "availability 99,95 for reads",
    ],
)
def test_avail_with_its_nines_is_a_target(line: str) -> None:
    assert messages(DOC.format(line=line), "R004") == []


@pytest.mark.parametrize(
    "line",
    [
        "price 99.95 EUR, available in all stores",
        "avail matters more than freshness",
        "availability matters: 99,999 users log in on Mondays",
    ],
)
def test_a_price_or_avail_alone_is_no_target(line: str) -> None:
    assert messages(DOC.format(line=line), "R004")
