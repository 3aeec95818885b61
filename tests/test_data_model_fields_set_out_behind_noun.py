"""H003: fields set out right behind the word for the stored thing need no id among them, the noun and its colon or
brackets say what they are: "Per user, a small row: current streak length, longest streak, the local date of the
last active day, the time zone used for it"; and a table's own fields in brackets may be three names ("a sensors
table (location, hardware, which calibration applies)"), as long as the table is named ("a table (cheap, fast,
simple)" names no fields). A note in brackets after a table ("table (a meter gets swapped but the address
stays)") or a sentence that goes on after the colon ("one document: an ingredient list and steps, and you always
read it whole") sets out no fields."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Language app streaks

## Requirements

- a learner keeps a streak by finishing a lesson each day
- a weekly league ranks learners by points

## Design

The app calls one API in front of Postgres and Redis.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "So I'd store it. Per learner, a small row: current streak length, longest streak, the local date of the "
        "last active day, the time zone used for that date, and the freezes banked.",
        "In the database that's two things: a lessons table (language, level, which unit it closes), and a "
        "log of finished lessons.",
    ],
)
def test_fields_set_out_behind_the_noun_are_a_data_model(line: str) -> None:
    assert messages(_DOC.format(line=line), "H003") == []


@pytest.mark.parametrize(
    "line",
    [
        "Progress hangs off the learner, not the device table (a phone gets swapped but the learner stays, and "
        "streaks belong to the learner, not the phone).",
        "Each finished lesson goes into a table (cheap, fast, simple).",
        "A lesson is one document: an intro, the exercises, and you always read it whole, so a document store is "
        "tempting.",
    ],
)
def test_a_note_or_a_running_sentence_sets_out_no_fields(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "H003")) == 1
