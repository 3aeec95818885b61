"""An interview written up with the interviewer as an initial ("K:") or a name spelt with accents ("Tomás:"),
and a header line naming them ("Interviewer: Tomás"): the turns are an interview, so its requirements are read
as asked in dialogue, not as one section per turn."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.dialogue import speakers_of
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

CATALOGUE = load_catalogue()


def _talk(name: str) -> str:
    return (
        "# Mock: tool hire for builders\n\n"
        f"Recorded with a friend; {name} asks, I answer.\n\n---\n\n"
        f"**{name}:** Design tool hire for builders: they book drills and mixers, pay a deposit, collect at a depot.\n\n"
        "**Me:** A few questions first. How many depots, and do builders book ahead or walk in?\n\n"
        f"**{name}:** Forty depots. Both.\n\n"
        "**Me:** Then the functional requirements as I see them:\n\n"
        "1. a builder books a tool for a day range at a depot\n2. the deposit is held on the card and released on return\n"
        "3. depot staff check tools out and in\n\n"
        f"**{name}:** Fine. Now draw it.\n\n"
        "**Me:** app -> booking service -> stock store; depot tablet -> same service.\n"
    )


@pytest.mark.parametrize("name", ["K", "Tomás", "Zoë"])
def test_an_interviewer_named_by_initial_or_with_accents_leads_an_interview(name: str) -> None:
    steps = build_outline(parse(_talk(name)), CATALOGUE).steps
    assert "requirements" in steps and "high-level" in steps
    assert not any(section.title == name for section in parse(_talk(name)).sections())


def test_a_role_named_once_above_the_talk_is_a_label_not_a_second_side() -> None:
    """"Interviewer: Tomás" above turns of "Tomás:" and "Me:" names who asked; it is no turn of its own."""
    text = _talk("Tomás").replace("Recorded with a friend; Tomás asks, I answer.", "Interviewer: Tomás, a friend.")
    assert speakers_of(text).named == "tomás"
    assert "requirements" in build_outline(parse(text), CATALOGUE).steps


def test_an_initial_against_another_name_or_seldom_is_no_interviewer() -> None:
    """Two people taking notes ("K:", "Priya:") are no interview, and an initial twice is a label."""
    talk = _talk("K")
    assert speakers_of(talk.replace("**Me:**", "**Priya:**")).named == ""
    assert speakers_of(talk.replace("**K:** Forty depots. Both.", "Forty depots.")).named == ""
