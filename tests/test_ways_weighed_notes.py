"""D004: ways weighed a line or a sentence each and one taken, in the marks notes use: a slash between what a way
buys and what it costs, an obligation it brings ("must be updated in the same txn"), a pick after ">>", "at the
risk of", a way accepted, the way that "won". Beside each, the same marks where nothing is weighed."""

from __future__ import annotations

import pytest
from test_dive_cues import _flags


@pytest.mark.parametrize(
    "weighed",
    [
        "session auth\nJWT: no lookup per req / cant revoke until expiry\n"
        "opaque token: instant revoke / store hit every req\n=> JWT, 10 min expiry",
        "hold transport\npoll: works everywhere, easy / load on db every 2s\n"
        "push: instant, low overhead / sticky conns\n>> push for hosts, poll as fallback",
        "nightly rates: recompute on read vs keep a rates table?\n"
        "on read = always right, but a 30 night stay = 30 lookups\n"
        "rates table = one read per stay, must be updated when a host edits a price\n-> rates table",
        "A single global ledger would never double-book, but guests outside one region pay 100 ms more. "
        "Regional ledgers keep booking local, at the risk of a rare double booking. "
        "We accept the second: a double booking is refunded and rebooked by support.",
        "Range locks deadlocked under load. Optimistic versions avoid locks, but retries "
        "pile up on hot rooms. Queued writes serialize each room, though a queue adds a hop. "
        "For this workload, queued writes won: a room sees a few writes a minute.",
    ],
)
def test_ways_weighed_in_the_marks_of_notes_are_a_trade_off(weighed: str) -> None:
    assert not _flags("D004", weighed)


@pytest.mark.parametrize(
    "not_weighed",
    [
        # parts named a line each, paths with slashes, a pick of nothing weighed
        "endpoints\nbook: POST /rooms / bookings\nlist: GET /rooms / search\n=> REST over JSON",
        # one way described, an obligation, an arrow
        "rates table = one read per stay, must be updated when a host edits a price\n-> rates table",
        # the game's winner, not a way
        "The guest with the earliest hold wins. Holds expire after ten minutes, but a paid hold never does.",
    ],
)
def test_the_same_marks_where_nothing_is_weighed_are_none(not_weighed: str) -> None:
    assert _flags("D004", not_weighed)
