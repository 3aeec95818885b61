"""D001 in notes written without Markdown headings: a `##Data` line among plain labels is a heading of the
notes' own top level, so a plain "3. High level design" after it is the design, not a subsection of the data
model that might be a dive; and under a bare "Deep dive" line, numbered topics ("1) ...", "2) ...") each with its
paragraph are the dives even when a "Scaling" stub sits under the step too."""

from __future__ import annotations

from pathlib import Path

from conftest import messages

HEAD = """library seat booking - practice

Functional
- student books a desk for a 2h slot, up to 7 days ahead
- desk released if nobody checks in within 15 min
- librarian sees a floor map of free and taken desks

non functional req:
- booking page < 200ms, check-in must work when the wifi is bad

some estimations:
20k students x 1 booking/day = 20k/day -> 20k / 86400 = ~0.2 writes/s, tiny

APIs
POST /bookings {desk_id, slot} -> {id}
POST /bookings/{id}/checkin

"""

DATA = """##Data
desk: id, floor, zone, has_power
booking: id, desk_id, student_id, slot_start, status, checked_in_at

"""

DESIGN = """3. High level design

 phone app ---> API ---> Postgres
                 |
                 +--> release worker (every minute)

postgres vs a key value store: bookings are relational (desk -> floor -> zone) and the librarian wants filtered
views. volume is tiny. => postgres.

check-in by QR vs by wifi presence: QR on the desk is explicit and works offline on the student's side, wifi
presence needs the campus network team. => QR.

"""

ONE_DIVE = """Deep dive - double booking
- two students tap the same desk in the same second: unique index on (desk_id, slot_start) where status != released
- the loser gets a 409 and the app shows the next free desk on the same floor, no retry loop on the client
- release worker flips unchecked bookings to released after 15 min; a late check-in after that gets a clear error
- why the index and not a lock in the app: the app runs on several nodes, the index holds whatever they do
"""

NUMBERED = """Deep dive

1) check-in when the wifi drops
the library wifi is patchy on the upper floors, so check-in cannot need a round trip. two ways:
 a. app calls POST /checkin on scan -> simple, but a student in a dead zone loses the desk after 15 min
 b. desk QR carries a signed day token, the app keeps the scan and sends it when back online with the scan time
going w/ b, the cost is trusting the phone's clock, bounded by the token's day.
2) the floor map for librarians
two ways to keep it fresh: stream every booking to the screen, or poll a summary. nobody reads a desk map to
the second, so polling wins.
- per-floor summary query, cached in memory for 5 s
- the map polls every 10 s, no websocket gateway at 0.2 writes a second
- a desk released by the worker shows up on the next poll

Scaling
not needed, one region is fine for a campus.
"""


PLAIN_DATA = DATA.replace("##Data", "data:")


def _d001(text: str) -> list[str]:
    return messages(text, "D001")


def test_design_after_a_hashes_label_is_no_dive() -> None:
    found = _d001(HEAD + DATA + DESIGN + ONE_DIVE)
    assert found and "found: 1" in found[0]


def test_design_after_a_plain_label_is_no_dive_either() -> None:
    # the same notes with "data:" written as a plain label: the design was never nested under it
    found = _d001(HEAD + PLAIN_DATA + DESIGN + ONE_DIVE)
    assert found and "found: 1" in found[0]


def test_numbered_topics_under_a_bare_deep_dive_count_apart() -> None:
    assert _d001(HEAD + PLAIN_DATA + DESIGN + NUMBERED) == []
    assert _d001(HEAD + DATA + DESIGN + NUMBERED) == []


def test_topics_under_a_titled_dive_are_one_dive() -> None:
    # a dive that names its topic ("Deep dive: check-in") holds one dive, however its lines are cut
    titled = NUMBERED.replace("Deep dive\n", "Deep dive: check-in and the map\n", 1)
    found = _d001(HEAD + PLAIN_DATA + DESIGN + titled.replace("1) ", "offline: ").replace("2) ", "map: "))
    assert found and "found: 1" in found[0]


def test_numbered_dives_beside_a_stub_in_a_project_write_up() -> None:
    # tests/writeups/a1-01: "Deep dive" over "1) gates when the internet is down" and "2) occupancy count", each
    # an item with its paragraphs, and a "Scaling" stub under the step
    text = (Path(__file__).parent / "writeups" / "a1-01.md").read_text(encoding="utf-8")
    assert _d001(text) == []
