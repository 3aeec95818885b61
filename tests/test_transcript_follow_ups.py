"""Outline of a transcript: a bare follow-up ("Which?", "So?", "Why?") asks the answer before it to go on, it opens
no dive of its own; "Let's go into search." takes one part deeper, whatever it names."""

from __future__ import annotations

from designlint.doc.document import parse

from conftest import messages

TALK = """# Mock interview: dog walker booking

**Interviewer:** Design booking for dog walkers.

**Me:** Owners search walkers near them and book a slot; walkers accept. Is that the scope?

**Interviewer:** Yes.

**Me:** Numbers: 200k owners, 2 searches a day each, about 5 searches a second.

**Interviewer:** Walk me through the API.

**Me:** GET /walkers?lat=&lng=&date= and POST /bookings {walker_id, slot}.

**Interviewer:** Let's go into search. How do you make that fast?

**Me:** Two ways: a geo index in Postgres, or walkers in a search engine with a geo field.

**Interviewer:** Which?

**Me:** Postgres, since 5 a second is nothing and one database is less to run; the cost is weaker ranking.

**Interviewer:** So?

**Me:** So a PostGIS index on walker location, filtered by open slots, ranked by distance then rating.
"""


def test_a_bare_follow_up_opens_no_dive() -> None:
    titles = [s.title for s in parse(TALK).sections()]
    assert titles.count("Deep dive (asked in dialogue)") == 1


def test_the_dive_holds_its_follow_ups() -> None:
    # the one dive weighs two ways and picks one: no "weighs only one option" for a fragment after "So?"
    assert messages(TALK, "D002", "D003") == []
