"""D006: one item's crowd past a threshold in the thousands, handled its own way ("if a room has more than 2,000
members we keep one copy", "above some threshold, say 300k followers, we stop fanning out"), is a scaling path;
a product's rule over a small crowd is not."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "crowd",
    [
        "Me: small rooms get each message pushed to every inbox. if a room has more than 2,000 members we keep one "
        "copy in the room log and members read it from there.",
        "Above some threshold, say 300k followers, we stop fanning out on write for that account and merge its "
        "posts at read time.",
    ],
)
def test_a_crowd_past_a_threshold_is_a_scaling_path(crowd: str) -> None:
    assert not _d006(crowd)


def test_a_rule_over_a_small_crowd_is_not() -> None:
    assert _d006("If a room has more than 20 members, only its admins can rename it.")
