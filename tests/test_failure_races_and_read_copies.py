"""D005: a write that loses a race ("2 concurrent claims -> one fails -> 409", "booking fails -> show 'already taken'")
and copies added for read load ("at 10x I'd not shard, I'd add replicas", "replicas for the reporting dashboards")
say nothing of a part that fails. Copies said to survive a loss, or a part crashing, still do."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Table booking

## Requirements
- Guests book a table for a time slot; a table is never booked twice for the same slot.

## Design
app -> booking service -> postgres (exclusion constraint per table and slot)

## Deep dive: bookings
- {line}
"""


def _d005(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("D005",))]


@pytest.mark.parametrize(
    "line",
    [
        "2 concurrent claims -> one fails -> 409, the client offers the next slot",
        "the slot cache may be stale -> booking fails -> show 'already taken, here are others'",
        "at 10x I'd not shard much, I'd add replicas",
        "replicas for the reporting dashboards, the owners run heavy queries",
    ],
)
def test_a_lost_race_or_a_read_copy_is_no_failure_mode(line: str) -> None:
    assert _d005(line) == ["D005"]


@pytest.mark.parametrize(
    "line",
    [
        "we add replicas so reads survive a lost node",
        "booking service crashes -> the app retries with the same idempotency key",
    ],
)
def test_a_copy_for_survival_or_a_crash_is_one(line: str) -> None:
    assert _d005(line) == []
