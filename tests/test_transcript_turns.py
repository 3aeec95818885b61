"""Interview transcripts as people type them up: turns hard-wrapped over several lines, cases put to the
design as statements with a question mark, and orders that go on after a comma."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.prompts import prompt

from conftest import lint_string

CATALOGUE = load_catalogue()

# Typed up after a phone screen: each turn wraps at the writer's line width, no Markdown headings.
PHONE_SCREEN = """\
board game cafe table booking - notes from a phone screen

(Q = the interviewer, A = me. typed up from memory afterwards.)

Q: we run a chain of board game cafes. people book a table for an evening and can
reserve a game to be waiting on the table when they arrive. how would you build
the booking side?

A: a few questions first. how many cafes, and can two tables reserve the same game
for the same evening?

Q: 40 cafes, around 25 tables each. each game exists in one or two copies per cafe,
so yes, two tables can want the same copy.

A: ok, so what it has to do:
 - book a table for a time slot, for a party size
 - reserve up to two games with the booking
 - staff see tonight's tables and which games to lay out
 - cancel up to two hours before without a fee

Q: how does the game reservation work?

A: each copy is a row, and a reservation holds a copy for the slot. I check the
slot for overlap in one transaction, so two tables never get the same copy. if
both copies are taken I offer the waiting list or a similar game. I thought
about letting staff sort clashes by hand, but that breaks down on busy Fridays.

Q: two staff members moving the same booking at once?

A: the booking row has a version number; the second save fails and reloads.
rare enough that nothing cleverer is needed.

Q: what does the data look like?

A: cafe (id, name), game_copy (id, cafe_id, title), booking (id, cafe_id, table_no,
starts_at, party), game_hold (copy_id, booking_id, starts_at, ends_at).
"""


def _sections(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.title) for s in parse(text).sections() if s.implicit in ("dialogue", "prompt")]


def test_turns_wrapped_over_several_lines_open_the_exchange_at_the_first_question() -> None:
    sections = _sections(PHONE_SCREEN)
    assert sections[0] == (5, "Requirements (asked in dialogue)")
    assert (16, "Features (agreed in the dialogue)") in sections


def test_a_case_put_to_the_design_as_a_statement_asks_for_a_dive() -> None:
    line = PHONE_SCREEN.split("\n").index("Q: two staff members moving the same booking at once?") + 1
    assert (line, "Deep dive (asked in dialogue)") in _sections(PHONE_SCREEN)
    assert [f.rule_id for f in lint_string(PHONE_SCREEN, select=("D001",))] == []


@pytest.mark.parametrize(
    ("turn", "designing", "dive"),
    [
        ("Q: two staff members moving the same booking at once?", True, True),
        ("Interviewer: OK. And the game itself, when the copy is lost?", True, True),
        # among the first turns a case clarifies the requirements
        ("Q: two staff members moving the same booking at once?", False, False),
        # a question opened by a verb or a question word asks something else, or nothing
        ("Q: is this a hard scale problem for the cafes?", True, False),
        ("Q: anything you would do differently at ten times the size?", True, False),
        # the candidate's own question moves nothing on
        ("A: two staff members moving the same booking at once?", True, False),
    ],
)
def test_a_case_asks_for_a_dive_only_once_the_design_is_under_way(turn: str, designing: bool, dive: bool) -> None:
    found = prompt(turn, CATALOGUE, designing=designing)
    assert (found is not None and found.step == "deep-dive") is dive


# A mock interview in Markdown: bold speakers, the candidate's answer split by its own label lines.
LOCKERS = """\
# Mock interview: ski locker rental

**Interviewer:** Skiers rent a locker at the lift station for the day and open it with a code. Design it.

**Me:** How many stations and lockers?

**Interviewer:** 30 stations, 200 lockers each.

**Me:** So rent a locker, get a code, open it with the code, and end the rental at the end of the day.

**Interviewer:** Start with the API and the data, then we go to the hard part.

**Me:** Endpoints:

```
POST /rentals        {station_id, size} -> {rental_id, locker_no, code}
POST /lockers/open   {station_id, code} -> {opened}
```

Tables:

```
rentals(rental_id PK, station_id, locker_no, code_hash, ends_at)
lockers(station_id, locker_no, size, state, PRIMARY KEY(station_id, locker_no))
```

**Interviewer:** Good. The station loses its network at noon. What happens?

**Me:** The station keeps the day's codes locally, checks them offline and queues the opens; when the
network is back it uploads them. The cost is that a code cancelled during the outage still opens.

## Feedback

- Spent too long on the endpoints.
"""


def test_an_order_that_goes_on_after_a_comma_moves_the_transcript_on() -> None:
    line = LOCKERS.split("\n").index("**Interviewer:** Start with the API and the data, then we go to the hard part.")
    assert (line + 1, "API (asked in dialogue)") in _sections(LOCKERS)


def test_a_label_in_the_candidates_answer_does_not_end_the_transcript() -> None:
    line = LOCKERS.split("\n").index("**Interviewer:** Good. The station loses its network at noon. What happens?")
    assert (line + 1, "Deep dive (asked in dialogue)") in _sections(LOCKERS)


# The candidate sums up the features, then names the qualities in a reply that opens with a short
# acknowledgement, the target given in the sentence after the ask.
QUALITIES = """\
# Mock interview: ski locker rental

**Interviewer:** Skiers rent a locker at the lift station for the day and open it with a code. Design it.

**Me:** How many stations, and do people pay at the locker?

**Interviewer:** 30 stations, 200 lockers each. They pay in the app.

**Me:** So the features:

- rent a locker for the day and get a code
- open it with the code as often as needed
- end the rental and free the locker

**Interviewer:** Sounds right.

**Me:** Got it. Non-functional: opening has to feel instant, someone is standing there holding skis at a
locker. I'd say under a second from typing the code to the door. And it must keep working when the
network drops, so the station checks codes itself.

**Interviewer:** Good. Numbers?

**Me:** 6,000 lockers, a rental each a day: 6,000 rentals a day, well under one a second.
"""


def test_a_reply_that_names_a_part_after_an_acknowledgement_heads_that_part() -> None:
    line = QUALITIES.split("\n").index("**Me:** Got it. Non-functional: opening has to feel instant, someone is standing there holding skis at a") + 1
    sections = [(s.line, s.title, s.implicit) for s in parse(QUALITIES).sections()]
    assert (line, "Non-functional", "run-in") in sections, sections
    # the interviewer naming a part asks; only a reply heads it
    asked = QUALITIES.replace("**Me:** Got it. Non-functional:", "**Interviewer:** Got it. Non-functional:")
    assert (line, "Non-functional", "run-in") not in [(s.line, s.title, s.implicit) for s in parse(asked).sections()]


def test_a_target_given_in_the_prose_after_the_ask_quantifies_it() -> None:
    assert lint_string(QUALITIES, select=("R003",)) == []
    vague = QUALITIES.replace("I'd say under a second from typing the code to the door. ", "")
    assert [(f.rule_id, f.context) for f in lint_string(vague, select=("R003",))] == [("R003", "instant")]


@pytest.mark.parametrize(
    ("turn", "step"),
    [
        # the candidate's clarifying question names numbers, but asks for no step
        ("**Me:** And checking a locker, does the user type the code or scan it with their numbers?", None),
        ("**Interviewer:** How many lockers are there, in numbers?", "estimation"),
        # a bare ask for the targets asks for the qualities, not for a dive
        ("**Interviewer:** Fine. Targets?", "requirements"),
        # handing over to the design asks for the high-level design
        ("**Interviewer:** Go ahead with the design.", "high-level"),
        ("Interviewer: OK, let's move on to your design then.", "high-level"),
    ],
)
def test_what_a_turn_asks_for_once_the_talk_is_under_way(turn: str, step: str | None) -> None:
    found = prompt(turn, CATALOGUE, designing=True)
    assert (found.step if found else None) == step


def test_a_speaker_alone_on_a_bold_line_heads_nothing() -> None:
    drawn = LOCKERS.replace(
        "**Me:** Endpoints:",
        "**Interviewer:** Draw it.\n\n**Me:**\n\n```\nskier -> app -> API -> lockers\n```\n\n**Me:** Endpoints:",
    )
    titles = [s.title for s in parse(drawn).sections()]
    assert "Me" not in titles, titles
    assert "Architecture (asked in dialogue)" in titles


# The interviewer asks why one way was picked while the candidate is still on the numbers.
ASKED_WHY = """\
# Print shop queue - mock interview

Interviewer: Design the job queue for a chain of print shops.

Candidate: Jobs come in from a web form and go to the printer of one shop. Out of scope: billing.

Interviewer: How big is it?

Candidate: 300 shops, 2,000 jobs a day each, so 600,000 jobs a day / 86,400 = about 7 jobs/s.

Interviewer: Why would you pick a queue per shop over one shared queue?

Candidate: A queue per shop keeps a jammed printer from holding up the others, but there are 300 queues to
watch. One shared queue is simpler to run, but one slow shop delays everyone. I'd take the queue per shop.

Interviewer: Draw it.

Candidate: web form -> API -> queue per shop -> print agent in the shop -> printer
"""


def test_a_question_why_one_way_was_picked_moves_the_transcript_on_to_a_dive() -> None:
    asked = "Interviewer: Why would you pick a queue per shop over one shared queue?"
    assert prompt(asked, CATALOGUE, designing=True) is not None
    found = {f.rule_id for f in lint_string(ASKED_WHY, select=("D004", "S002"))}
    # the ways weighed are a dive's, not the estimate's; the interviewer set the order of the steps
    assert found == set()


def test_a_flow_given_after_the_hand_over_to_the_design_is_the_design() -> None:
    talk = (
        "# Mock: locker pickup\n\n**Interviewer:** Design locker pickup codes.\n\n"
        "**Candidate:** What must it do? I'd say: send a code, open the door on the code, expire codes.\n\n"
        "**Interviewer:** Yes. Non-functional requirements?\n\n"
        "**Candidate:** The door opens within 2 s of the code, p99.\n\n"
        "**Interviewer:** Go ahead with the design.\n\n"
        "**Candidate:** Flow, left to right:\n\n"
        "`Courier app -> Locker API (Postgres) -> Code service -> SMS gateway`\n"
    )
    assert [f.rule_id for f in lint_string(talk, select=("H005", "R007"))] == []
