"""D006: the first version's bound said in passing ("fine at low volume", "for now", "when it doesn't"), more of
what the product serves, a title over the list right under it; growth told as notes tell it (an arrow line that
follows its trigger, a threshold before an arrow, a question from one figure to another); and the same mechanisms
where nothing grows."""

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
        "One Postgres is fine at low volume, then partition orders by shop.",
        "If we add more shops I'd shard by shop_id, since an order never spans two shops.",
        "Interviewer: The list fits on one box today. Then?\n\nMe: When it doesn't, split by region.",
        "A single counter row per loaf; if still hot, sharded counters summed on read.",
        "growth (draft)\nEach region gets its own print worker cluster.",
    ],
)
def test_a_bound_or_more_of_what_is_served_puts_a_mechanism_in_growth(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "Orders are partitioned by pickup day; a day's list is one partition read.",
        "The print worker has its own queue cluster and retries a failed print.",
        "If we add more fields to an order, the API stays the same.",
    ],
)
def test_the_same_mechanisms_in_the_base_design_are_none(stays: str) -> None:
    assert _d006(stays)


def test_a_title_alone_heads_the_list_right_under_it() -> None:
    titled = "scaling\n- partition orders by shop\n- a new shop is a new partition"
    assert not _d006(titled)
    assert _d006(titled.replace("scaling", "storage"))


def test_a_title_names_the_size_reached() -> None:
    section = "### Orders when it gets big\n\nSplit the orders table by shop range and add a lookup service."
    assert not _d006(section)
    assert _d006(section.replace("when it gets big", "and their keys"))



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
