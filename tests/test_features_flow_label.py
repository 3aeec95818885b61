"""R001 on a cheatsheet with no requirements step: a label over a flow told in arrow steps ("locker-svc:
insert rental PENDING → publish open → station acks → rental ACTIVE") sets out how the design works, not the
features; a label over features set out inline still lists them."""

from __future__ import annotations

import pytest

from conftest import lint_string

SHEET = """# Bike locker rental: cheatsheet

**Numbers**
- 40k lockers, 300 stations, 90k rentals/day
- open path 99.95%; tap to door click < 2 s p95

**Open path**
```
app --> API gw --> locker-svc --> Postgres
                      |
                 station broker <--> locker
```
- {line}
- the meter starts at the station's ack, not at the tap

**Failures**
- no ack in 8 s -> rental FAILED, no charge
"""


@pytest.mark.parametrize(
    "line",
    [
        "locker-svc: lock the locker row, TTL 30s → insert rental PENDING → publish open, wait → station acks → "
        "rental ACTIVE",
        "flow: scan, check balance -> reserve -> open -> ack, start meter -> done",
    ],
)
def test_a_flow_under_a_label_lists_no_features(line: str) -> None:
    assert [f.variant for f in lint_string(SHEET.format(line=line), select=("R001",))] in (["none"], ["told"])


def test_features_under_a_label_still_count() -> None:
    line = "riders can: rent a locker, extend a rental, end it at any station, see their receipts"
    assert lint_string(SHEET.format(line=line), select=("R001",)) == []
