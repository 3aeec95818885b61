"""D006: the interviewer back at a count named earlier, in other words than "Back to the 40 bakeries": "You
mentioned 20 hospitals. Anything change?" sets the answer's mechanism in growth ("the dispatcher shards by
site_id"). The same count asked with no change, or the mechanism alone, is not a path."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006

_ANSWER = "\n\nMe: Not much: the dispatcher shards by `site_id`, one active dispatcher per site."


@pytest.mark.parametrize(
    "asked",
    [
        "Interviewer: You mentioned 20 hospitals. Anything change?",
        "Interviewer: You said 300 depots earlier. What changes?",
    ],
)
def test_a_count_asked_back_sets_the_answer_in_growth(asked: str) -> None:
    assert not _d006(asked + _ANSWER)


@pytest.mark.parametrize("asked", ["Interviewer: You mentioned 20 hospitals. How are porters paid?", ""])
def test_without_the_question_of_change_the_mechanism_is_the_base_design(asked: str) -> None:
    assert _d006(asked + _ANSWER)
