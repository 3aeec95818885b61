"""D005: a lost race told the ways write-ups tell it is contention, not a part failing: the retry after a version
check written condition first ("if 0 rows then retry"), a booking undone because a cell is already taken, most of
a crowd failing and retrying at a hot row, and a way whose error "is obvious". A part that fails still counts."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Studio mat booking

## Requirements

- Members book a mat in a class with a pass credit; the last mat goes to one member only.

## High-level design

One Node service over Postgres; the app talks to it over REST.

## Deep dives

### The last mat

"""


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


@pytest.mark.parametrize(
    "contention",
    [
        "**Optimistic**: read the class row with a version column, update `WHERE version = :v`, if 0 rows then retry.",
        "If any mat is already taken, the unique key rejects the insert, the whole transaction rolls back and the "
        "member sees the next free class.",
        "At 18:00 on Sunday 200 members hit the same row, so most of them fail and retry, and retry again.",
        "A plain unique index works on any SQL database, and the failure is obvious.",
    ],
)
def test_a_lost_race_is_no_failure_mode(contention: str) -> None:
    assert _d005(contention)


@pytest.mark.parametrize(
    "fails",
    [
        "If the Postgres primary fails, the standby is promoted within 30 seconds.",
        "When the booking worker crashes mid-transaction, nothing commits and the app retries the request.",
    ],
)
def test_a_part_failing_is_one(fails: str) -> None:
    assert not _d005(fails)
