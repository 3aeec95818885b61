"""D004/D002: a flow told with arrows is no way weighed, and the labels that open a dive's problems in turn ("The
problem:", "Second problem", "Third:") name no ways to pick between; a choice with its one-line reason beside
them weighs nothing."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Clinic appointments

## Requirements

- Patients book a slot with a doctor; a slot is never given to two patients.

## High level

Patient app / web -> API gateway -> Booking service -> Postgres (primary + replica)

Database: we will use Postgres because we need transactions over several rows.

## Deep dive: double booking

The problem: two patients press "Book" on the last free slot at the same moment and both see it free. Both
requests read the slot as open and both would write a booking, so the doctor sees two patients at ten o'clock.

We use a unique index on the (doctor_id, slot_start) pair, because conflicts are rare. The second insert
fails with a duplicate key, and that patient is told the slot was just taken and shown the next free ones.

Third: reminders. A job sends a reminder a day before, and marks the booking so a retried job sends no second one.
"""


def _rules(text: str) -> list[str]:
    return sorted(f.rule_id for f in lint_string(text, select=("D002", "D004")))


def test_a_flow_and_problems_in_turn_weigh_no_ways() -> None:
    assert _rules(DOC) == ["D002", "D004"]


def test_two_ways_weighed_and_one_picked_still_count() -> None:
    weighed = DOC.replace(
        "We use a unique index on the (doctor_id, slot_start) pair, because conflicts are rare.",
        "Row locks: correct, but every booking holds a lock while the patient fills in the form.\n"
        "Unique index on (doctor_id, slot_start): no locks held, but the loser gets an error to handle.\n"
        "We go with the unique index.",
    )
    assert _rules(weighed) == []


def test_a_flow_beside_a_labelled_choice_weighs_nothing() -> None:
    flow_only = DOC.replace("The problem: two", "Two").replace("Third: reminders.", "Reminders too.")
    assert "D004" in _rules(flow_only)


def test_problems_in_turn_weigh_nothing_without_a_flow() -> None:
    labels_only = DOC.replace("Patient app / web -> API gateway -> Booking service -> Postgres", "Booking service")
    assert "D004" in _rules(labels_only)
