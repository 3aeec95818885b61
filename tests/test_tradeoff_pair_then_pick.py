"""D004: two ways set side by side ("ws vs long polling"), what one costs, and a later pick that opens its line and
names one side ("going ws, keep long poll as fallback") weigh a choice; a pick of something neither side names, or
a pair with no cost said, does not."""

from __future__ import annotations

import pytest
from test_weighed_notes import _d004


@pytest.mark.parametrize(
    "weighed",
    [
        "push to online users\nsse vs long polling\n- long poll works through every proxy\n- but one round trip per "
        "batch, headers every time\n- sse = one open stream, server pushes\ngoing sse, keep long poll as fallback",
        "Queue: kafka vs sqs. sqs is zero ops, but no replay and no ordering across consumers. Using kafka.",
    ],
)
def test_a_pair_a_cost_and_a_pick_of_one_side_weigh_a_choice(weighed: str) -> None:
    assert not _d004(weighed)


@pytest.mark.parametrize(
    "not_weighed",
    [
        "push to online users\nsse vs long polling\n- long poll works through every proxy\n- but one round trip per "
        "batch, headers every time\ngoing home after this section",
        "sse vs long polling\n- sse = one open stream\n- long poll = a request per batch\ngoing sse",
    ],
)
def test_a_pick_of_neither_side_or_no_cost_weighs_nothing(not_weighed: str) -> None:
    assert _d004(not_weighed)
