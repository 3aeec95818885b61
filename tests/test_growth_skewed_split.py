"""D006: a split said to land load unevenly, and what is done about it ("shard by first letter (a-c, d-f...) ->
skewed, 's' runs hot. better: hash of the first two letters"), handles hot spots, a scaling path. Access skewed
toward recent items (why a cache pays) and a clock's skew between machines are none."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "- shard by first letter (a-c, d-f...) -> skewed, 's' runs hot. better: hash of the first two letters",
        "Partition skew is the worry: a few big tenants fill one partition, so we split those by tenant and month.",
    ],
)
def test_a_skewed_split_and_its_remedy_are_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "Reads are very skewed toward this week's items; one cache node with a replica holds them.",
        "- clock skew between shards: stamp with the database's now(), never the worker's clock",
    ],
)
def test_skewed_access_or_a_clock_skew_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
