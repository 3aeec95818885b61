"""D006: growth in a note's words: "-> more boxes" as a step, and load that climbs ("we'd add servers as the user
count climbs"). A season's peak is the base design's load, and boxes that do not grow in number say nothing of
growth."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "scaling\n- one print worker per shop is the limit\n- so scale = more shops per box -> more boxes",
        "Printing is where scale bites. We'd add servers as the shop count climbs, each owning a range of shops.",
    ],
)
def test_growth_in_a_notes_words_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "- Dec = 8x normal -> print workers autoscale on queue depth",
        "The print worker runs on two boxes, one for the queue and one for the printer driver.",
    ],
)
def test_a_seasons_peak_or_a_fixed_layout_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
