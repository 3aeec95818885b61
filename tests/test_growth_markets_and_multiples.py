"""D006: a part near its capacity, a launch in a new country, and what is served at a multiple ("ten times as many
clubs", "ten times normal") are growth, over a mechanism; a launch date, and a short burst a few times normal that
the base design takes, are not."""

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

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


@pytest.mark.parametrize(
    "grows",
    [
        "When the cluster nears capacity we stand up a second one, and bookings are sharded by club id across both.",
        "The app launches in Spain next year; bookings are then sharded by country.",
        "Once the Brazilian launch is on the roadmap, we add read replicas in São Paulo.",
        "What if we list ten times as many clubs? Bookings are sharded by club id, one shard per set of clubs.",
        "On the day traffic is ten times normal, the API gets more pods and the sheets move to read replicas.",
    ],
)
def test_growth_over_a_mechanism_is_a_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "base",
    [
        "The launch is in May; bookings are sharded by club id.",
        "After a deploy, reads run roughly 3x normal for two minutes, which the read replicas absorb.",
    ],
)
def test_a_date_or_a_short_burst_is_no_path(base: str) -> None:
    assert _d006(base)
