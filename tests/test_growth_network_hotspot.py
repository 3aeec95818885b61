"""D006: a mobile network's hotspot ("the desk can work from a laptop on a 4G hotspot", "falls back to a 5G
hotspot", "an LTE hotspot in the van") is a way online, not a hot spot of load; hot spots of load still count."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "stays",
    [
        "If the office line is down, the dispatcher works from a laptop on a 4G hotspot.",
        "The kiosk falls back to a 5G hotspot when the venue network drops.",
        "Each van carries an LTE hotspot for the handheld scanners.",
    ],
)
def test_a_mobile_network_hotspot_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)


def test_a_hot_spot_of_load_split_over_shards_is_a_scaling_path() -> None:
    assert not _d006("A 4G region with many riders is a hot spot; its cells get split across shards.")
