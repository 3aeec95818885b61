"""R006: the interviewer's open question about what is left out ("Anything you're leaving out?", "What would you
skip?"), answered in the next turn with parts named in no words of exclusion ("Peal recording. Also wedding
fees."), leaves those parts out; an answer that keeps everything, or an answer to a question that names its own
part ("Could you do this in Postgres and skip Elasticsearch?"), leaves nothing out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "answered",
    [
        "**Interviewer:** Fine. Anything you're leaving out?\n\n**Me:** Firmware updates. There's a vendor tool for "
        "that already. Also billing the landlords.",
        "Interviewer: What would you skip for today?\nMe: The installer app and the energy tariffs.",
    ],
)
def test_parts_named_after_an_open_question_are_left_out(answered: str) -> None:
    assert not _r006(answered)


@pytest.mark.parametrize(
    "nothing_left",
    [
        "**Interviewer:** Fine. Anything you're leaving out?\n\n**Me:** Not really, it all matters for a thermostat.",
        "Interviewer: Could you do this in Postgres and skip Redis?\n\nMe: At launch, yes; one Postgres box is plenty.",
    ],
)
def test_a_full_answer_or_a_question_naming_its_part_leaves_nothing_out(nothing_left: str) -> None:
    assert _r006(nothing_left)
