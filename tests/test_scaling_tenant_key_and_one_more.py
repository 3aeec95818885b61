"""D006: growth told the way small systems grow, under a heading for what comes next or after the ask for it: a key
for each customer added to the data ("add `club_id` to every table", "a club id on every table costs nothing now"),
or one more machine ("perhaps a second MQTT broker", "another branch server"). Work moved "on another node" when
one fails is failover, not growth; and neither says how the design grows where nothing speaks of what comes next."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Rowing club boat bookings

## Requirements

- members book a boat for an outing
- coaches see the day's outings

## High-level design

Web app -> API -> Postgres; one small server.

## Deep dive: double bookings

Two members booking one boat at once: the booking row is unique per boat and slot, so the second insert fails and
the app offers the next free boat.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "## Where it goes from here\n\nTwo neighbouring clubs asked about it. I'd add `club_id` to every table now.",
        "## Later extensions\n\nWith 1,000 screens we may need a second MQTT broker in a cluster.",
        "## Later / growth\n\nA club id on every table costs nothing now, and row-level security keys on it.",
    ],
)
def test_a_tenant_key_or_one_more_machine_under_what_comes_next_is_a_path(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "## Later\n\nIf a booking node goes down, the next request lands on another node and reads the row again.",
        "## Notes\n\nEvery query filters on the boat id; the club id on every table is the same for all rows.",
    ],
)
def test_failover_or_a_key_with_no_growth_is_no_path(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
