"""D004: ways put as conditions in a chat ("If every read goes to the database, ... but ..." over "If we cache for a
minute, ... but ..."), and a pick after the case it is for ("For a shop that changes prices twice a day, I'd go
with the cache"), weigh a choice; the same ways with no pick decide nothing."""

from __future__ import annotations

from test_weighed_ways import _rules

WAYS = """### Price reads
Interviewer: Do we cache the price list?
Me: If every read goes to the database, prices are always current, but the database takes the whole read load.
Me: If we cache for a minute, reads are cheap, but a price change shows late for up to a minute.
"""


def test_ways_put_as_conditions_and_a_pick_for_a_case_weigh_a_choice() -> None:
    picked = WAYS + "Me: For a shop that changes prices twice a day, I'd go with the cache.\n"
    assert _rules(picked, ("D004",)) == []


def test_the_same_ways_with_no_pick_decide_nothing() -> None:
    assert _rules(WAYS + "Interviewer: Let's move on to checkout.\n", ("D004",)) == ["D004"]
