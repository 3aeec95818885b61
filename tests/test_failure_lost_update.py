"""D005: an update lost to another made at the same time ("if I add bread while my partner ticks off milk, one of
those edits gets lost") is a race between edits, no part of the system failing; data lost when a part dies still
says what happens on failure."""

from __future__ import annotations

from conftest import messages

DOC = """# Shared shopping list

## Requirements

- flatmates add, edit and tick items on one list
- the list works offline and merges later

## High-level design

Phones keep the list locally and sync changes to a small API in front of Postgres.

## Deep dive: merging

The simplest sync sends the whole list and keeps the last write. {line} So each item is its own row with a version,
and a change to one item never overwrites another; two changes to the same item keep the later one.
"""


def test_an_edit_lost_to_a_race_is_no_failure_mode() -> None:
    line = "Simple, but if I add bread while my partner ticks off milk, one of those edits gets lost."
    assert messages(DOC.format(line=line), "D005")


def test_data_lost_when_a_part_dies_is_one() -> None:
    line = "If the API server dies before the change is written, the phone keeps it and sends it again, so nothing is lost."
    assert messages(DOC.format(line=line), "D005") == []
