"""D004/D002: a way judged, then another taken in its place ("Plain FIFO is easy and fair but ..." over "So I'd use
scored queues"), and a pick said in a turn of a transcript ("Me: I'd do 30 s and accept the lag") weigh ways. A way
judged and then taken itself, or no way taken, weighs nothing."""

from __future__ import annotations

import pytest
from test_dive_cues import _flags


@pytest.mark.parametrize(
    "weighed",
    [
        "Me: A plain FIFO is easy and fair, but it spends as long on a spam farm as on a news site.\n"
        "Me: So I'd use scored queues, one per priority band.",
        "Me: Five second beats give exact status but cost 10M requests a second.\n"
        "Me: Sixty second beats are cheap, but a user looks online a minute after leaving.\n"
        "Me: I'd do 30 s and accept the lag.",
    ],
)
def test_a_way_judged_and_another_taken_weighs_ways(weighed: str) -> None:
    assert not _flags("D004", weighed)


@pytest.mark.parametrize(
    "not_weighed",
    [
        "Me: A plain FIFO is easy and fair.\nMe: So I'd use a plain FIFO, one per host.",
        "Me: A plain FIFO spends as long on a spam farm as on a news site.\nMe: Next, politeness per host.",
    ],
)
def test_no_way_turned_down_weighs_nothing(not_weighed: str) -> None:
    assert _flags("D004", not_weighed)
