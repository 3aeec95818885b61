"""E002: a figure called a total and then a share of it per thing ("60M x 80B = 4.8GB total -> ~480MB per shard",
with ten shards said a line above) is a share over a count the line does not give, not the total restated in
another unit. A figure restated with "per" but never called a total ("100 MB/s coming in, i.e. roughly 100 Mbps
per region") is still checked."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(lines: str) -> list[str]:
    return arithmetic_slips(lines, "Limiter")


@pytest.mark.parametrize(
    "line",
    [
        "- ~80B/key w/ overhead -> 60M x 80B = 4.8GB total -> ~480MB per shard. tiny",
        "- 2M x 1 KB = 2 GB in total, ~200 MB each node",
    ],
)
def test_a_total_then_a_share_per_thing_is_no_restatement(line: str) -> None:
    assert _slips("- ~100k ops/s per redis primary -> 10 primaries\n" + line) == []


def test_a_figure_restated_per_thing_without_a_total_is_still_checked() -> None:
    line = "Me: 500k × 200 B = 100 MB/s coming in, i.e. roughly 100 Mbps of ingress per region."
    assert _slips(line)
