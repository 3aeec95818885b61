"""E002/E007: an amount a week restated per second ("46 PB of egress per week, about 76 GB/s"), and copies of the
figure just before said as their count ("~7.3 TB a year. Three replicas puts us around 22 TB/yr"); copies written
as an operand of the line's own product, or counting machines, are no reference."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "800M × 58 MB ≈ 46 PB of egress per week, about 76 GB/s sustained.",
            "800M × 58 MB ≈ 46 PB of egress per week, about 7.6 GB/s sustained.",
        ),
        (
            "Me: 10M * 2KB = 20 GB a day, ~7.3 TB a year. Three replicas puts us around 22 TB/yr.",
            "Me: 10M * 2KB = 20 GB a day, ~7.3 TB a year. Three replicas puts us around 220 TB/yr.",
        ),
    ],
)
def test_a_week_restated_and_copies_of_the_figure_before_are_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) in (["E002"], ["E007"])


@pytest.mark.parametrize(
    "not_referred",
    [
        "Raw capacity is at most 300M blocks × 128 MB × 3 replicas ≈ 115 PB.",
        "Each node holds 2 TB of readings; 3 replicas, so 30 nodes in all.",
    ],
)
def test_copies_as_an_operand_or_counting_machines_are_no_reference(not_referred: str) -> None:
    assert _slips(not_referred) == []
