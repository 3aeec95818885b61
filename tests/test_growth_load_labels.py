"""D006: a note line labelled with a load grown past today's ("what if 10x? -> read replicas", "10M+ online ->
shard by user_id") is a plan by load step, with the line's run of arrows under it; a multiple that is the base
design's own load (a peak over the average, a season over the usual, copies kept, reads against writes) is not."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "steps",
    [
        "what if 10x?  -> more api pods, +read replicas\nwhat if 100x? -> shard orders by shop_id",
        "orders @ scale\n1 pg box -> fine to ~5k shops\n50k+ shops -> shard orders by shop_id, 8 nodes",
        "3x shops: more api pods behind the LB\n   -> read replicas for the morning list",
        "- 20x traffic -> partition the orders table by shop_id",
    ],
)
def test_a_line_labelled_with_a_grown_load_is_a_scaling_path(steps: str) -> None:
    assert not _d006(steps)


@pytest.mark.parametrize(
    "same_load",
    [
        "peak 3x avg -> read replicas take the morning rush",
        "Dec = 8x normal -> workers autoscale on queue depth, read replicas for the list",
        "3x replication: orders sharded by shop_id across 3 nodes",
        "reads 10x writes -> read replicas",
        "orders -> shard by shop_id, 8 nodes",
    ],
)
def test_the_base_designs_own_load_is_not(same_load: str) -> None:
    assert _d006(same_load)
