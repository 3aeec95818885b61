"""D006: the footprint widened to more places ("we'd stand up a second region in eu-west", "when we open eu-west
and ap-south each region gets its own store", "going to two regions") is a scaling path; a region that takes over
on failure ("traffic fails over to a second region") is failure handling, and a base design already in three
regions grows nothing."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "wider",
    [
        "Interviewer: Bakeries in Europe want in. What changes?\nMe: I'd stand up a second region in eu-west with "
        "its own order store; accounts stay global.",
        "When we open eu-west and ap-south, each region gets its own order store and enforces limits locally.",
        "Going to two regions: once Asian shops pass a third of orders, orders are homed in the shop's region.",
    ],
)
def test_opening_more_regions_is_a_scaling_path(wider: str) -> None:
    assert not _d006(wider)


@pytest.mark.parametrize(
    "not_wider",
    [
        "If the primary region fails, traffic fails over to a second region within minutes.",
        "The service runs in three regions from day one, each with a copy of the menu.",
    ],
)
def test_a_failover_region_or_a_base_footprint_is_not(not_wider: str) -> None:
    assert _d006(not_wider)
