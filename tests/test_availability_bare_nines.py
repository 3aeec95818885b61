"""R004: a part given its nines with no quality word, as a cheatsheet writes its targets ("checkout path 99.95%
(a dropped order is lost money)"), sets an availability target; a share of requests, a hit rate or a disk's
fill is no uptime."""

from __future__ import annotations

import pytest

from conftest import messages

SHEET = """# Bike locker rental: cheatsheet

**Numbers**
- 40k lockers, 300 stations, 90k rentals/day
- {target}
- open tap to door click < 2 s p95

**Open path**
- `POST /v1/rentals {{locker_id, user_id}}` -> 202 `{{rental_id}}`
- rental-svc: insert rental, publish `open` to the station broker, wait for the ack

**Failures**
- no ack in 8 s -> rental FAILED, no charge
"""


@pytest.mark.parametrize(
    "target",
    ["open + return path 99.95% (never lock a bike in with the meter running)", "rental API: 99,9%"],
)
def test_nines_on_a_path_set_an_availability_target(target: str) -> None:
    assert messages(SHEET.format(target=target), "R004") == []


@pytest.mark.parametrize(
    "target",
    ["99.9% of opens under 2 s", "station cache hit rate 99.5%", "locker match accuracy 99.5%"],
)
def test_a_share_that_is_no_uptime_sets_none(target: str) -> None:
    assert messages(SHEET.format(target=target), "R004")
