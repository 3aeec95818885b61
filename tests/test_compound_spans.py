"""E002: hours of something said as GPU-days ("112M hrs -> ≈ 47k GPU-days") take a machine's speed to work out and
are no change of unit; the same thing's time in another unit ("3,000 GPU-hours -> 125 GPU-days") still is."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Podcasts")


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("- backlog: 150M x 45 min ≈ 112M hrs -> ≈ 47k GPU-days", False),
        ("- backlog: 112M hrs -> ≈ 47k days", True),
        ("- 3,000 GPU-hours -> 125 GPU-days", False),
        ("- 3,000 GPU-hours -> 12 GPU-days", True),
    ],
)
def test_spans_of_different_things_are_no_conversion(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped
