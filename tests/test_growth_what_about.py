"""D006: a bigger load asked in a word after the answer for today's ("Fine for a thousand shops. What about a
hundred thousand?", "And at 10x?"), answered with a mechanism, is a scaling path; the same question about something
other than load ("What about 5 minutes before that?") is not."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "Interviewer: Fine for a thousand shops. What about a hundred thousand?\n"
        "Me: I'd split orders by shop into buckets, each bucket its own node.",
        "Interviewer: And at 10x?\nMe: shard orders by shop_id across 8 nodes.",
    ],
)
def test_a_bigger_load_asked_in_a_word_sets_growth(grows: str) -> None:
    assert not _d006(grows)


def test_the_same_question_about_a_span_is_no_growth() -> None:
    assert _d006(
        "Interviewer: The list prints at 5am. What about 5 minutes before that?\n"
        "Me: I'd split orders by shop into buckets, each bucket its own node."
    )
