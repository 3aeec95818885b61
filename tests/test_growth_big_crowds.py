"""D006: accounts told by the size of their crowd ("huge follower counts: pull, not push", "big subscriber lists
get a fan-out of their own") are the celebrity problem, a hot spot growth exposes; a follower count kept or shown
("follower_count updated async", "celebs get a blue check") is a feature, not a plan for growth."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "- huge follower counts: same as groups, pull not push",
        "- big subscriber lists get read-time fan-out instead of per-member pushes",
    ],
)
def test_accounts_told_by_their_crowd_are_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    ["- follower_count is denormalized, updated async by the follow service", "- celebs get a blue check badge"],
)
def test_a_follower_count_kept_or_a_badge_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
