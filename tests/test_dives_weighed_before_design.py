"""D001 on an essay that names no step: a section that counts out ways to do one thing and takes one by its place
("The first is ... The second is ... I went with the third") is a dive even when it comes before the tables and
endpoints; a section before them that only tells the problem is none."""

from __future__ import annotations

from conftest import messages

ESSAY = """# The sign-up sheet that double-booked the cloakroom

Our drama club ran volunteer shifts from a shared spreadsheet until two people turned up for a one-person shift.
The sheet had worked for years, because most shifts had plenty of room and the same six people did most of them.
Then we put on a musical with a cast of forty, the front-of-house rota doubled, and the sign-up link went to the
whole parents' list on a Sunday evening. Within ten minutes the cloakroom shift for the opening night had three
names in a cell meant for one, the bar had nobody at all, and the chair spent the week before the show phoning
people to move them around. I offered to build something small instead, on the club's existing hosting, which
runs one Postgres database and a small web app for ticket sales. This post is the write-up of what I built over
two weekends, what I chose and why, and what I would change if the club grows further. It is long for a sign-up
sheet, but most of it is about the few minutes after the link goes out, when everyone clicks at once, and about
the emails that are supposed to remind people the day before their shift, which matter more than they look.

**What I'm deliberately not building**

No payments, no rota planning and no chat: volunteers sign up for a shift, cancel, and get a reminder the day before.

**{title}**

{first}

**The tables, roughly**

- shifts(id, event_id, starts_at, capacity, filled)
- signups(id, shift_id, volunteer_id, status, created_at)

**The endpoints**

- POST /shifts/{{id}}/signups -> 201 or 409 when full
- DELETE /signups/{{id}}

**When the reminder emails fail**

Reminders go out from a job table that a worker polls every minute; a send that fails is retried three times with
a growing delay, and the job row keeps its attempt count so a restart never sends twice. If the mail provider is
down for an hour, the worker falls behind and catches up, which is fine for a reminder sent a day ahead.
"""

WEIGHED = """I considered three ways to stop two people taking the last place. The first is to read the count and insert
if there is room, which two requests at once both pass. The second is to lock the shift row while counting, which
is correct but queues everyone behind the lock. The third is a conditional update of a filled counter, correct in
one statement, at the cost of a number that can drift. I went with the third and check the drift each night."""

TOLD = """Two people clicking the last place at once both got it, because the sheet had no notion of capacity at all.
The club's chair then had to tell one of them to go home, and nobody enjoyed that evening much. Everything below
is about making that never happen again, with as little to run as a volunteer group can manage."""


def _too_few(text: str) -> bool:
    """D001's "fewer than 2", or S001 finding too little for a deep-dive step at all."""
    return any("found: 1" in m or "deep dive step" in m for m in messages(text, "D001", "S001"))


def test_ways_counted_out_before_the_tables_make_a_dive() -> None:
    assert not _too_few(ESSAY.format(title="Not overbooking a shift", first=WEIGHED))


def test_a_problem_told_before_the_tables_is_no_dive() -> None:
    assert _too_few(ESSAY.format(title="What went wrong", first=TOLD))
