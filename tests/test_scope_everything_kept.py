"""R006: asked what is out of scope, an answer that keeps everything in, in so many words ("Honestly I think
everything you listed is in", "all of it stays in"), leaves nothing out; an answer that names a part left out does."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "kept",
    [
        "Interviewer: What's out of scope?\nMe: Honestly I think everything you listed is in: schedules, readings "
        "and energy reports. I'll cover all three.",
        "Interviewer: Anything you'd leave out?\nMe: I think all of it stays in, it's a small product.",
    ],
)
def test_an_answer_keeping_everything_in_leaves_nothing_out(kept: str) -> None:
    assert _r006(kept)


def test_an_answer_naming_a_part_left_out_leaves_it_out() -> None:
    assert not _r006("Interviewer: What's out of scope?\nMe: Energy reports are out of scope for today.")
