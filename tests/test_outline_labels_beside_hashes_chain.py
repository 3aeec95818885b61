"""Outline: in notes without Markdown headings, a plain step label after a label that was set beside a `##Data`
line is its sibling too: "high level" typed after "Deep dive - double booking" is the design, not part of the
dive (and so no second dive)."""

from __future__ import annotations

from conftest import messages

DOC = """room booking - practice run

Functional
- see free rooms for a day
- book a slot, cancel a slot

non functional req:
- no double booking
- fast enough for the 8am rush

APIs
GET /rooms?date=
POST /bookings {room_id, start}

##Data model
rooms(id, branch, capacity)
bookings(id, room_id, user_id, slot_start, status)

Deep dive - double booking
Two people click the same slot in the same second, and a two-hour booking covers two slots, so the check is not
equality on the start time. A claims table keyed by room and slot start makes the database refuse the second
insert; a lock on the room row would also work but serialises every booking of a popular room at the rush.

high level
one web app, one postgres, a worker for reminders. the slot grid is cached in memory for 2s during the rush,
since a stale grid is fine when the write path decides, and a click on a taken slot gets a 409.
"""


def test_a_step_label_after_the_dive_is_not_a_second_dive() -> None:
    found = messages(DOC, "D001")
    assert found and "found: 1" in found[0]


TWO_DIVES = DOC.split("Deep dive - double booking")[0] + """Deep dive 1 - double booking
Two people click the same slot in the same second, so a claims table keyed by room and slot start makes the
database refuse the second insert; a lock on the room row would also work but serialises the rush.

Deep dive 2 - no-show release
features per (room, slot):
- checked_in_at, released_at, reminder_sent
A cron every minute releases slots with no check-in 15 minutes after the start, instead of a delay queue, since
a minute of lateness costs nothing and the cron needs no extra component; the release deletes the claim rows.
"""


def test_a_colon_label_under_the_second_dive_stays_in_it() -> None:
    # the colon label's title guesses a step from a word ("features"); it is no sibling of the dives
    assert messages(TWO_DIVES, "D001") == []
