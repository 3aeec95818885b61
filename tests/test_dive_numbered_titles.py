"""D001 on notes: under a bare "Deep dive", numbered title lines of a few words over points of their own ("1)
pricing rules" over "- price = base fare x ...") are dives of their own, each judged by what it says; a
numbered run of short steps is not."""

from __future__ import annotations

from conftest import lint_string

NOTES = """# ferry freight quotes

reqs
- haulier gets a price for a lorry on a crossing, books it, pays

HLD
- web -> quote svc -> postgres, rate tables loaded in memory

Deep dive

{dives}
"""

TWO = """1) pricing rules
- price = base fare(route, season) * factors (length band, hazmat, driver berth) + fuel surcharge -> floor
- fares change weekly, the commercial team owns them in spreadsheets
- options: hardcode, a rules engine, or versioned rate tables as data
- => versioned tables: an upload is a new version, quotes record the version so a price can be replayed

2) capacity holds
- a quote holds lane metres for 15 min so two hauliers can't both take the last 16 m
- hold = row with expiry, a sweeper frees them; the booking turns the hold into a lane allocation in one txn
- deck plan per sailing is small, so a row lock on the sailing is fine at a few bookings a minute
"""

STEPS = """1) haulier asks for a quote
- web form
2) quote svc prices it
- rate tables
3) haulier books
- hold turns into a booking
"""


def _d001(dives: str) -> list[str]:
    return [f.message for f in lint_string(NOTES.format(dives=dives), select=("D001",))]


def test_numbered_titles_over_their_own_points_are_dives() -> None:
    assert _d001(TWO) == []


def test_a_numbered_run_of_short_steps_is_no_two_dives() -> None:
    assert _d001(STEPS)
