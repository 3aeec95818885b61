"""D001 on notes: under a bare "Deep dive", plain title lines over points of their own ("how do we know a locker
is free" over "- option a: ..."), are dives of their own, though one of them weighs ways and picks one; facet
titles ("options", "decision") over points are parts of one dive."""

from __future__ import annotations

from conftest import lint_string

NOTES = """# smart lockers

reqs
- courier drops a parcel in a free locker, resident opens it with a code

HLD
- locker bank -> mqtt broker -> locker svc -> postgres

Deep dive

{dives}
"""

TWO = """MQTT vs plain HTTPS from the locker bank
 - https: simple, every proxy speaks it, easy to debug with curl, but a new TLS handshake per post on a flaky 4G link
   costs a few KB per message, more than the message itself
 - mqtt: one long lived connection, a 2 byte header, and the server can push a door command down the same pipe
 => mqtt. the data plan is what we pay for, the broker is a one time cost

how do we know a locker is free
 - option a: door sensors report state -> older banks have none
 - option b: derive it from the log of drops and pickups, reset by the courier app on every visit
 - drift: a parcel taken without a scan, a door left open. so the state is a guess, checked at each visit
"""

ONE = """options
 - https: simple, every proxy speaks it, easy to debug with curl, but a new TLS handshake per post on a flaky 4G link
   costs a few KB per message, more than the message itself
 - mqtt: one long lived connection, a 2 byte header, and the server can push a door command down the same pipe

decision
 - mqtt: the data plan is what we pay for, the broker is a one time cost, and pushes make door commands instant
"""


def _d001(dives: str) -> list[str]:
    return [f.message for f in lint_string(NOTES.format(dives=dives), select=("D001",))]


def test_plain_titles_over_their_own_points_are_dives() -> None:
    assert _d001(TWO) == []


def test_facet_titles_are_parts_of_one_dive() -> None:
    found = _d001(ONE)
    assert found and "found: 1" in found[0]
