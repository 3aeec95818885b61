"""D006: load said to double or triple ("That would roughly triple the volume") sets the scene for a mechanism
in the next sentence ("partition the loans by branch"), as "grows" does; a price or a time that doubles grows
no load, and a mechanism with nothing growing is the base design."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Library loans

## Requirements

- Members borrow and return books; staff see what is overdue.

## High-level design

One API over Postgres; a nightly job mails the overdue notices.

## Deep dives

### Overdue notices

The nightly job reads the loans due yesterday and mails each member once, so nobody gets two notices.

### Other branches

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


MECHANISM = "The plan is to partition the loans by branch and run one nightly job per branch."


@pytest.mark.parametrize(
    "scene",
    [
        "The four other branches want the system too. That would roughly triple the volume.",
        "If the county joins, it doubles the load on the database.",
        "Opening on Sundays would quadruple the traffic on Monday mornings.",
    ],
)
def test_load_multiplied_sets_the_scene_for_a_mechanism(scene: str) -> None:
    assert not _d006(f"{scene} {MECHANISM}")


@pytest.mark.parametrize(
    "scene",
    [
        "The four other branches want the system too. That would roughly triple the price of the licence.",
        "The nightly job takes about an hour. Adding the notices doubles the time it takes.",
    ],
)
def test_a_price_or_a_time_that_doubles_grows_no_load(scene: str) -> None:
    assert _d006(f"{scene} {MECHANISM}")
