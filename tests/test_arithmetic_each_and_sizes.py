"""E002/E007: a working that multiplies by something said before in words is no slip of the line's own figures.
What each of a count does ("60k online, each 1 sample / 4 s -> 15k samples/s") multiplies by the count; a rate of
things stated as a rate of bytes ("(1/min per camera) -> ~3 TB/day") by a size the line does not write. The
same figures written out as a working are still checked."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    "unwritten",
    [
        "Feed: 300k readers online, ~5% posting, each 1 post / 60 s -> 250 posts/s",
        "sensors: 60k online, each 1 sample / 4 s → 15k samples/s",
        "archive: one frame in ten kept (1/min per camera) -> ~3 TB/day",
        "ingest: 2k uploads/s -> ~17 TB/day at 100 KB each",
    ],
)
def test_a_factor_said_only_in_words_is_no_slip(unwritten: str) -> None:
    assert _slips(unwritten) == []


@pytest.mark.parametrize(
    "slip",
    [
        "Feed: 300k readers x 5% / 60 s = 2,500 posts/s",
        "each node: 4 disks x 2 TB = 80 TB",
        "100 MB/s -> 86 TB/day",
        "8k events/s → 69M events/day",
    ],
)
def test_the_figures_written_out_are_still_checked(slip: str) -> None:
    assert _slips(slip) == ["E002"]
