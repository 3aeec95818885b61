"""D006: growth asked in an interviewer's turn the answer follows ("Suppose this goes nationwide, about ten times
the volume."), load at a multiple told in words, and growth told afterwards as blog posts tell it ("When twelve
more clubs signed up", "once there were thousands of clubs"), over a mechanism, are a scaling path; the same
mechanisms where nothing grows are not."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Club court bookings

## Requirements

- Members book a court for an hour; staff see the day's sheet.

## High-level design

One API over Postgres; a worker sends the morning reminders.

## Deep dives

### Bookings store

Bookings are rows keyed by (club_id, court, hour).

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


@pytest.mark.parametrize(
    "grows",
    [
        "**Interviewer:** One more. Suppose this goes nationwide, about ten times the volume.\n\n"
        "**Me:** That's two million bookings a day. One Postgres would be busy, so shard bookings by club_id.",
        "**Interviewer:** And at twenty times the traffic?\n\n**Me:** Read replicas for the sheets, then shard by club_id.",
        "### When twelve more clubs signed up\n\nEvery booking got a club id, and we sharded bookings by club_id.",
        "We moved the sheets behind a cache and sharded bookings by club_id once there were thousands of clubs.",
    ],
)
def test_growth_asked_or_told_over_a_mechanism_is_a_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "base",
    [
        "**Interviewer:** How are bookings stored?\n\n**Me:** One Postgres, with bookings sharded by club_id.",
        "**Interviewer:** Reads against writes?\n\n**Me:** Reads are 10 times the writes; one Postgres holds it all.",
    ],
)
def test_the_same_mechanisms_where_nothing_grows_are_no_path(base: str) -> None:
    assert _d006(base)
