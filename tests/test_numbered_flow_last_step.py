"""A numbered flow's last item is one more step, not a heading over what follows the list, where none of the items
before it labels anything ("6. send the receipt via queue -> mail svc" closing six steps): the plain-line sections
after it stay sections of their own. A numbered list whose items label the notes' parts still ends in a section."""

from __future__ import annotations

from designlint.doc.document import parse

from conftest import lint_string

NOTES = """1. Functional Requirements
- members book a court for an hour
- members cancel up to a day before

2. Non functional
- no double booking of a court
- evenings are busy, everyone books at once

APIs
- GET /courts/{id}/slots?day= -> free slots
- POST /holds {slot_id} -> {hold_id, expires_at}
- POST /bookings {hold_id} -> booking

Booking flow (deep dive)
1. member picks a court -> served from cache, a few sec stale
2. POST /holds: conditional update on the slot counter, one txn
3. member confirms -> hold becomes a booking
4. expired holds: job every 30s gives the slot back
5. send receipt via msg queue -> mail svc (async)

why a counter on the slot and not a row per court hour: capacity is tiny, the conditional update is the simplest,
contention only on the popular evening slots and the row lock is short. alt: pre-create rows and lock with SKIP
LOCKED, also fine, nicer for the desk view.

Evening rush
- waiting page in front when the evening slots open, admitted a few per second so the db keeps up
- slot lists cached per club per day, refreshed every few seconds or on a change event
- rate limit per member on holds, since scripts would grab every court

No-shows
- a court booked and not used costs the club an evening slot, so the desk marks no-shows at check-in
- three no-shows in a month block evening bookings for two weeks; a warning mail goes out after the second
- the block lives in a table read at hold time, not in the member row, so lifting it early is one delete
"""

PARTS = """1. Requirements
   - members book a court for an hour
2. Estimation
   - 300 members, a few bookings a day each
3. Storage

One Postgres database; the slot table is small.
"""


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.implicit) for s in parse(text).sections() if s.implicit]


def test_the_last_step_of_a_numbered_flow_heads_nothing() -> None:
    titles = [title for title, _ in _sections(NOTES)]
    assert not any(title.startswith("send receipt") for title in titles)
    assert "Evening rush" in titles


def test_the_sections_after_the_flow_count_as_dives() -> None:
    assert [f.rule_id for f in lint_string(NOTES, select=("D001",))] == []


def test_a_numbered_list_of_parts_still_ends_in_a_section() -> None:
    assert ("Storage", "item") in _sections(PARTS)
