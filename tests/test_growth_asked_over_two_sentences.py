"""D006: the interviewer sets the scene for growth in one sentence and asks in the next ("Let's say they go
international, 3000 stores, three regions. What breaks?"); the candidate's answer opens with a short denial
("Honestly not much on volume.") and then gives the path ("I'd shard booking by region ..."). The two sentences are
one question, and the denial names no new step (it does not move the talk to the estimate), so the answer tells how
the design grows. A scene about a failing part is no growth."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """Mock interview - optician bookings

Interviewer: Design booking for a chain of 600 opticians.

Me: Functional: find a store, book an eye test, staff see the diary. Non-functional: never double book.

Me: High level: app -> booking service -> Postgres.

Interviewer: Reminders when the sms provider is down?

Me: Outbox table, a worker retries with backoff and falls back to email after an hour.

Interviewer: {scene} What breaks?

Me: Honestly not much on volume. I'd shard booking by region, since a store only ever belongs to one region and a
customer books in their own country.
"""


def test_growth_asked_over_two_sentences_is_answered() -> None:
    scene = "Let's say they go international, 3000 stores, three regions."
    assert messages(_DOC.format(scene=scene), "D006") == []


@pytest.mark.parametrize("scene", ["Let's say the sms provider is down for a day.", "Say a clinician calls in sick."])
def test_a_scene_with_no_growth_asks_for_none(scene: str) -> None:
    assert len(messages(_DOC.format(scene=scene), "D006")) == 1


def test_a_candidates_move_with_a_denial_still_moves_on() -> None:
    doc = (
        "Mock interview - clinic bookings\n\nInterviewer: Design bookings for a clinic.\n\n"
        "Me: Functional: book a slot, cancel it. Non-functional: never double book.\n\n"
        "Me: Let's do the data model, nothing fancy.\n\n"
        "- booking (id, patient_id, clinician_id, starts_at), unique (clinician_id, starts_at)\n"
    )
    assert not [m for m in messages(doc, "S001") if "high-level" in m]
