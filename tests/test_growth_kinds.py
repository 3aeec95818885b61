"""D006: growth told as a size the system grows to, a measure going past a mark, or a question that turns the
system into a bigger one; and the same words where nothing grows."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Bakery orders

## Requirements

- Customers order bread for pickup; bakers see the day's list.

## High-level design

One API over Postgres; a worker prints the morning list.

## Deep dives

### Storage

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


@pytest.mark.parametrize(
    "grows",
    [
        "If the chain ever grew to something like 2,000 shops, I'd partition orders by shop and run two workers.",
        "One database for now; once the shops go past ~400 we move old orders to a second machine.",
        "Interviewer: If this becomes a platform for 300 bakeries?\n\nMe: Add shop_id everywhere and shard by it.",
    ],
)
def test_growth_to_a_size_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "Orders are partitioned by pickup day; the list for a day is one partition read.",
        "If the dough grew to twice its size, the baker knocks it back.",
    ],
)
def test_the_same_words_where_nothing_grows_are_none(stays: str) -> None:
    assert _d006(stays)


def test_a_question_about_one_item_going_viral_heads_the_answer() -> None:
    asked = (
        "Interviewer: What if one loaf goes viral?\n\nMe: We copy its page to more cache nodes and serve it from there."
    )
    assert not _d006(asked)
    assert _d006(asked.replace("What if one loaf goes viral?", "What does the page show?"))


def test_a_follower_threshold_for_accounts_handled_their_own_way() -> None:
    celebrity = "Above some follower count, say 100k, a shop's posts are pulled at read time instead of pushed."
    assert not _d006(celebrity)
    assert _d006(celebrity.replace("Above some follower count, say 100k,", "For every shop,"))
