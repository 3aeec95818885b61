"""Outline: in notes without Markdown headings, a short label line typed directly over a line that starts a
sentence of its own ("Deep dive - the refund race" over "this is the part that ...") heads that text; only a
line that carries a sentence on ("are ...", "need ...") makes the short line the start of a wrapped sentence."""

from __future__ import annotations

from designlint.doc.document import parse

from conftest import messages

HEAD = """library room booking - practice notes

Functional
- members see free study rooms for a day
- book a slot, cancel a slot

non functional req:
- no double booking, p99 under 300ms for the grid
- 99.9% during term

APIs
GET /rooms?date=
POST /bookings {room_id, slot}

"""

DIVES = HEAD + """Deep dive - double booking
this is the part the interviewer pushed on. two options: a lock on the room row, or a claims table keyed by
(room, slot) so the database refuses the second insert. the lock serialises every booking of a busy room, so
claims table it is; the cost is one more table to clean up.

Deep dive - no-show release
we release a slot 15 minutes after its start with no check-in. a cron each minute instead of a delay queue,
since a minute late costs nothing and the cron needs no new component; if the cron dies the slots stay taken
until it is back, which is safe.
"""


def test_a_label_over_a_sentence_of_its_own_heads_it() -> None:
    titles = [section.title for section in parse(DIVES).sections()]
    assert "Deep dive - double booking" in titles and "Deep dive - no-show release" in titles
    assert messages(DIVES, "D001") == []


WRAPPED = HEAD + """Deep dive - double booking
this is the part the interviewer pushed on: a claims table keyed by (room, slot) instead of a row lock.

Deep dive into the no-show release
is what we skipped for lack of time, the interviewer said.
"""


def test_a_line_a_sentence_carries_on_is_no_label() -> None:
    titles = [section.title for section in parse(WRAPPED).sections()]
    assert "Deep dive - double booking" in titles
    assert "Deep dive into the no-show release" not in titles
