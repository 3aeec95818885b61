"""D006: a size reached and what was done then ("at around 300 million files, so we split the index by
tenant"), and a limit approached ("when we get near it I'd split users into buckets"); a time of day or a
figure with nothing done about it is no growth."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "The index began as one Elasticsearch node. It gave out at around 300 million files, so we split the "
        "index by tenant across twelve nodes.",
        "Me: One queue per shop works, but it has a ceiling. When we approach it I'd split shops into buckets, each "
        "bucket its own queue on its own broker.",
        "The tracker ran on one Redis. At two million devices the writes kept it at 90% CPU, so we sharded it by "
        "device id.",
    ],
)
def test_a_size_reached_then_a_split_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "The export runs at 2 am, so we split it from the daytime jobs; the tracker is one Redis.",
        "At two million devices the tracker holds 40 GB, so we store it in one Redis with a replica.",
        "When we approach the door, the lock opens; the tracker is one Redis.",
    ],
)
def test_a_figure_with_nothing_split_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
