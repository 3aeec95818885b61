"""D001: in notes that mix a heading typed with no space after its hashes ("##Checkout (the core bit)") with plain
lines for the sections after it ("Waitlist", "Opening rush"), the plain-line sections are dives of the same tier,
not the hashed section's parts, though a stub list names the deep-dive step after them."""

from __future__ import annotations

from conftest import lint_string

NOTES = """Functional
- members book a spot in a class, or join its waitlist when it is full
- a cancel promotes the first on the waitlist

Non functional
- no overbooking, ever
- busy at the moment booking opens

APIs
- POST /classes/{{id}}/bookings -> booking or waitlist place
- DELETE /bookings/{{id}}

{hashes}Checkout (the core bit)
- one transaction: lock the class row, count, insert CONFIRMED or WAITLISTED
- the row lock serialises the bookings of one class; 25 spots and a few ms each, so even 200 at once clear in a second
- alt: a conditional update on the count, less lock time; a Redis counter in front would be a second truth, not worth it

Waitlist
- on cancel, in the same transaction, the lowest waitlist number becomes CONFIRMED, so the spot never floats
- late promotions are the tricky case: offer with 30 minutes to accept, else the next one, because a promotion an hour
  before class is easily missed
- an expiry job runs every minute and hands an unanswered offer to the next person

Opening rush
- opening all classes at midnight puts everyone on the same second, so each class opens seven days before its start
  and the load spreads over the day
- schedule reads come from a cache with a 10 s TTL; a slightly stale count is fine since the transaction decides

Deep dive ideas if asked
- time zones: store starts in UTC plus the gym's zone
- shard by gym later if one database is not enough
"""


def _d001(hashes: str) -> list[str]:
    return [f.message for f in lint_string(NOTES.format(hashes=hashes), select=("D001",))]


def test_plain_line_sections_after_a_hashed_heading_are_dives() -> None:
    assert _d001("##") == []
