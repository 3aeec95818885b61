"""D006: a hot row is contention on one record ("one row per sailing, this is the hot row"; "a single hot row
per slot, which Postgres handles fine"), a question of consistency, and a phone's own hotspot is Wi-Fi: neither
says how the design grows. Hot keys spread across shards still do."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "stays",
    [
        "One row per sailing holds the free lane metres; this is the hot row, so bookings lock it in order.",
        "Contention is a single hot row per slot, which Postgres handles fine at our volume.",
        "The office Wi-Fi check is easy to spoof, and many members use their own hotspot.",
    ],
)
def test_a_hot_row_or_a_hotspot_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)


def test_hot_keys_spread_over_shards_are_a_scaling_path() -> None:
    assert not _d006("Hot keys, the few shops everyone orders from, get their counters split across shards.")
