"""R002: a design that keeps each thing booked or sold once under concurrent writes takes a stance on consistency,
wherever it says so ("Avoiding double bookings", "no overselling", an exclusion constraint over the room and the
time, a row locked with SELECT ... FOR UPDATE, optimistic locking, "two members ... can't both get it"), as
annotators count it; a guard that only keeps workers apart ("a conditional update, so only one worker picks each") is
how, not a stance. A rule of the domain ("no two lessons in one room") or people who arrive within the first minutes
of a sale (load) are not qualities."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Sauna slots for a public bath

## Requirements

- members book a 90-minute slot, at most one a day
- staff see the day's bookings on a tablet
- the booking page must answer fast

## Design

Bookings live in Postgres, one row per booking with the sauna, the member and the time range.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "### Avoiding double bookings\n\nTwo members tapping the last slot at once both see it free.",
        "The database enforces it with an exclusion constraint over the sauna and the time range.",
        "The booking locks the sauna row (`SELECT ... FOR UPDATE`) while it checks for overlaps.",
        "Each slot row carries a version and updates use optimistic locking, so the second tap fails cleanly.",
        "A slot is never sold twice: the insert fails on a unique index and the member sees the next free slot.",
        "Capacity is counted in the same transaction, so there is no overselling on a busy Saturday.",
        # the race told as what two people may not both do
        "The count goes up in one statement with its bound, so two members tapping the last slot can't both get it.",
    ],
)
def test_keeping_a_booking_once_is_a_consistency_stance(line: str) -> None:
    found = messages(_DOC.format(line=line), "R002")
    assert len(found) == 1 and "consistency" in found[0].partition("need for:")[0]


@pytest.mark.parametrize(
    "line",
    [
        "The planner keeps no two lessons in one room, a rule of the timetable.",
        "Every notification is keyed by booking id, so there is no double notif.",
        "The reminder job uses a conditional update, so only one worker picks each reminder.",
    ],
)
def test_a_domain_rule_or_a_load_fact_is_no_stance(line: str) -> None:
    found = messages(_DOC.format(line=line), "R002")
    assert len(found) == 1 and "consistency" in found[0].rpartition("need for:")[2]


def test_people_arriving_within_the_first_minutes_are_load_not_speed() -> None:
    def asked(need: str) -> list[str]:
        return messages(_DOC.replace("- the booking page must answer fast", need).format(line=""), "R002")

    rush = asked("- about 400 members arrive within the first ten minutes of the release")
    assert len(rush) == 1 and "latency" in rush[0].rpartition("need for:")[2]
    quick = asked("- confirmations arrive within 5 s of the tap")
    assert len(quick) == 1 and "latency" in quick[0].partition("need for:")[0]
