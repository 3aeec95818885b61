"""D006: a section headed for what comes later ("## Later", "## If it spreads", "## If we ran more than one festival")
that speaks of more of what the product serves discusses how the design grows, whatever it answers: "More
resorts: each resort is self-contained", "a second diocese would be a second root", "nothing changes much with more
of them". Under such a title, features alone ("more report types") are no growth, nor is more of what is served
said under any other title."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "section",
    [
        "## Later\n\n- **More bakeries:** each bakery is self-contained, so the central part only collects orders.",
        "## If it spreads\n\nThe town has four shops. Nothing above changes much with more of them.",
        "## Later development\n\nTwo neighbouring councils asked for it. A second council would be a second root of "
        "the tree, in the same installation.",
        "## If we ran more than one festival\n\nI'd keep the shape and repeat it: a dozen festivals each get the same "
        "kit and their own ledger.",
    ],
)
def test_more_of_what_is_served_under_a_growth_title_is_a_path(section: str) -> None:
    assert not _d006(section)


@pytest.mark.parametrize(
    "section",
    [
        "## Later\n\n- More report types for the bakers, and a nicer print layout.",
        "## Shops\n\nThe town has four shops, and the chain may open more shops later on.",
        "## If it spreads\n\nI'd have to think about that more; I ran out of time.",
    ],
)
def test_features_or_a_count_under_another_title_are_no_path(section: str) -> None:
    assert _d006(section)
