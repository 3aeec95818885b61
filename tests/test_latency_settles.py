"""R003/R002: a bound on how soon the screen settles or updates ("expects the grid to settle in under about three
seconds") is a latency target; a rule of the domain ("Maths shouldn't appear twice on the same day") asks for no
consistency, as an operation done twice ("must never credit the same stay twice") does."""

from __future__ import annotations

from conftest import lint_string

ESSAY = """# School timetable planner

**What it actually has to do**

It builds a week's timetable for every class from the teachers, rooms and lessons, and lets the deputy head move a
lesson by hand. The full solve can run for twenty minutes overnight; nobody minds, and the server is a cheap VPS we
already pay for.

**Hand edits**

When she drops a lesson somewhere else, she expects the grid to settle in under about three seconds, or she stops
trusting it. Maths shouldn't appear twice on the same day for a class, and languages should be spread out.
"""


def _found(text: str) -> dict[str, str]:
    return {f.rule_id: f.message for f in lint_string(text, select=("R002", "R003"))}


def test_a_bound_on_the_screen_settling_is_a_latency_target() -> None:
    assert "R003" not in _found(ESSAY)


def test_a_rule_of_the_domain_asks_for_no_consistency() -> None:
    assert "(latency, cost)" in _found(ESSAY)["R002"]


def test_an_operation_done_twice_asks_for_consistency() -> None:
    asked = ESSAY.replace("Maths shouldn't appear twice", "A lesson must never be booked twice into one room, and maths")
    assert "R002" not in _found(asked)  # latency, cost and now consistency: three topics
