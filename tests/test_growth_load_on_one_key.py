"""D006: the load told landing on one key, row or counter, beside a way to spread it ("INCR at 100k/s on one key,
so shard the counter into 16 sub-keys"), is hot-key handling, a scaling path. A read that hits one partition keeps
data together, and one row written under a lock is contention: neither grows the design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "- INCR at 80k/s on one key: shard the counter into 16 sub-keys, sum on read",
        "- all writes land on a single counter, so split it across shards and add up the parts",
    ],
)
def test_load_on_one_key_spread_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "- orders keyed by shop_id, so a day's list hits one partition: a single read, three replicas",
        "- every order writes to the same row under a lock; at 3 orders a minute that is nothing",
    ],
)
def test_one_partition_read_or_one_locked_row_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
