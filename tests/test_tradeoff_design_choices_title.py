"""D004: two ways set side by side ("pull vs push: pull lets the consumer set the pace") under a heading over the
choices made ("Design choices worth saying out loud", "Key choices", "Technical choices") weigh a choice; the
same lines under a heading over a product's choices ("Meal choices") weigh nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Message log

## Requirements
- topics, partitions, consumer groups

## Design
Brokers append to segment files; a controller keeps the metadata.

## {title}
- pull vs push: pull lets the consumer set the pace, batching comes free
- log vs per-message ack queue: the log replays cheaply
"""


def _d004(title: str) -> bool:
    return bool(lint_string(DOC.format(title=title), select=("D004",)))


@pytest.mark.parametrize("title", ["Design choices worth saying out loud", "Key choices", "Technical choices"])
def test_ways_side_by_side_under_the_choices_made_weigh_a_choice(title: str) -> None:
    assert not _d004(title)


def test_ways_side_by_side_under_a_products_choices_weigh_nothing() -> None:
    assert _d004("Meal choices")
