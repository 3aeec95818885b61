"""D006: growth told the way notes tell it: an arrow line that follows from the trigger above it, a threshold
before an arrow, a question taking the load from one figure to another, an "acct w/ >500k followers"."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Bakery orders

## Requirements

- Customers order bread for pickup; bakers see the day's list.

## High-level design

One API over Postgres; a worker prints the morning list.

## Deep dives

### Orders store

Orders are rows keyed by (shop_id, day).

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


@pytest.mark.parametrize(
    "grows",
    [
        "LIKES\nviral post = 50k likes/s on 1 row -> lock hell\n-> sharded counter: post_id:0..63\n-> read = sum",
        "ORDERS\ncur: all shops in 1 pg\n>1B orders -> shard by shop_id",
        "Interviewer: What happens when you go from 10M to 500M orders a day?\n\nMe: I'd shard the store by shop_id.",
        "FEED\nacct w/ >500k followers -> NO push, pulled at read time",
    ],
)
def test_growth_in_notes_puts_the_mechanism_in_the_path(grows: str) -> None:
    assert not _d006(grows)


def test_an_arrow_line_after_a_line_that_says_nothing_of_growth_is_base_design() -> None:
    assert _d006("ORDERS\nkeyed by shop = one place per shop\n-> sharded counter: loaf_id:0..63\n-> read = sum")
