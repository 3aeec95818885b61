"""D004: two parts of the workload set side by side by their ratio ("read vs write ~ 100:1 so caching pays off",
"reads vs writes is 90/10", "the read vs write ratio") compare no ways to build anything; two ways set side by
side with a pick still weigh a choice."""

from __future__ import annotations

import pytest
from test_weighed_notes import _d004


@pytest.mark.parametrize(
    "ratio",
    [
        "cache layer\nread vs write ~ 100:1 so caching pays off\nredis, 6 shards, TTL 24h",
        "Reads vs writes is 90/10, so we put a cache in front.",
        "The read vs write ratio decides the cache size, so we keep 20% of keys hot.",
    ],
)
def test_a_workload_ratio_weighs_no_ways(ratio: str) -> None:
    assert _d004(ratio)


def test_two_ways_with_a_pick_still_weigh_a_choice() -> None:
    assert not _d004("Redis vs Memcached: we pick Redis because we need sorted sets for the leaderboard.")
