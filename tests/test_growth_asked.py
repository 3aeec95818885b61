"""D006: a title line opening a paragraph of notes heads the list that goes on right under it (Markdown reads the
arrow lines as a list of their own), and the questions that set growth in a transcript: a size to reach ("going
to 100 nodes") and one thing running hot ("what if one key is super hot?"). The same shapes where nothing grows
are none."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "oven scaling\nplanner = 1 process at first\n- partition plans by shop hash, a planner per range\n- add planners = reassign ranges",
        "Interviewer: the order store is one node. Walk me through getting to 60 nodes.\n"
        "Me: consistent hashing with virtual nodes, so each new node takes a small slice of shops.",
        "Interviewer: and what if one product gets really hot?\nMe: replicate that product to more cache nodes.",
    ],
)
def test_growth_set_by_a_title_line_or_a_question_is_a_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        # the title names no growth
        "oven printing\nplanner = 1 process at first\n- partition plans by shop hash, a planner per range",
        # a size, not of the system: a recipe reaching a weight
        "Interviewer: walk me through getting to 60 loaves.\nMe: consistent hashing of shops keeps each one on a node.",
        # the hot thing is an oven
        "Interviewer: what if the oven is super hot?\nMe: the planner pauses that shop's orders for a minute.",
    ],
)
def test_the_same_shapes_where_nothing_grows_are_none(stays: str) -> None:
    assert _d006(stays)
