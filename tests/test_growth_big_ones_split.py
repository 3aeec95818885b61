"""D006: the biggest of a kind split up ("per zone for huge cities like london, split into zones", "big tenants
get split across shards") handles the hot spots growth brings, as giving them their own shard does; a split that
is the base design for every one ("orders are split by city") is no growth."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "- batch per city (or per zone for huge cities like london, split into zones)",
        "- big tenants get split across shards",
    ],
)
def test_the_biggest_of_a_kind_split_up_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


def test_a_split_for_every_one_is_no_growth() -> None:
    assert _d006("- orders are split by city, one queue each")
