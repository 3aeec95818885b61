"""Outline of a transcript: a question about calling an API someone else runs ("Versus calling a translation
API?") moves the interview to no step, and a decimal point ends no sentence of a turn ("The cheap APIs are around
$0.006 a minute." is no short order naming the API), so a transcript with no endpoints is told it has no API."""

from __future__ import annotations

from conftest import messages

TALK = """# Mock interview: subtitle search

**Interviewer:** Design search over subtitles for a video library.

**Me:** Who searches, and for what? I'd say viewers search phrases and jump to the moment.

**Interviewer:** Yes, and new videos get subtitles generated.

**Me:** Numbers first. 20k new hours a day; a speech model at 50x real time is 400 GPU-hours a day.

**Interviewer:** {question}

**Me:** {answer}

**Interviewer:** So what's the architecture?

**Me:** Workers pull new videos from a queue, write subtitle segments to an index, and a search service reads it.
"""

BOUGHT = ("Versus calling a speech-to-text API?", "The cheap APIs are around $0.006 a minute, so $7,200 a day.")


def test_a_bought_in_api_is_no_api_step() -> None:
    assert messages(TALK.format(question=BOUGHT[0], answer=BOUGHT[1]), "H001")


def test_asked_for_the_api_it_is_the_api_step() -> None:
    answer = "GET /search?q=&video= returns segments with their start times; POST /videos registers a new one."
    assert messages(TALK.format(question="OK. Walk me through the API.", answer=answer), "H001") == []


def test_a_decimal_point_ends_no_sentence_of_a_turn() -> None:
    assert messages(TALK.format(question="And what does that cost?", answer=BOUGHT[1]), "H001")
