"""D006: in a transcript whose interviewer is named ("Kim: ..."), a turn that tells of growth without a question
mark ("Last thing. The chain owns four other cinemas and wants this everywhere next year.") is what the answer
after it answers: a mechanism there ("partition the order queue by cinema") is a scaling path. The same turn over
an answer with no mechanism is none."""

from __future__ import annotations

import pathlib

import pytest

from conftest import messages

_DOC = (pathlib.Path(__file__).parent / "fixtures" / "dives" / "named-interviewer.md").read_text(encoding="utf-8")
_GROWTH = "The chain owns four other cinemas and wants this everywhere next year."


@pytest.mark.parametrize(
    "growth", [_GROWTH, "Four more cinemas want it next year.", "Three neighbouring cinemas want to use it too."]
)
def test_a_named_interviewers_growth_turn_heads_the_mechanism_answering_it(growth: str) -> None:
    assert messages(_DOC.replace(_GROWTH, growth), "D006") == []


def test_others_that_want_something_else_are_no_growth() -> None:
    others = _DOC.replace(_GROWTH, "Three other customers want a refund for the same order.")
    assert len(messages(others, "D006")) == 1


def test_an_answer_with_no_mechanism_is_no_path() -> None:
    answer = _DOC.replace("One deployment, and I'd partition the order queue by cinema", "One deployment, same code")
    assert len(messages(answer, "D006")) == 1
