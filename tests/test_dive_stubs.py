"""D001: a dive found by its content alone no longer vouches for siblings that are only a TODO or a bare
heading; a sibling that says something may still be a dive the count could not read."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Ski gates (draft)

## Requirements

- A gate opens for a valid pass within 300 ms.

## High-level design

Gates check passes against a copy of the pass table; a resort server sends them changes.

## Offline mode

Option 1 asks the central server on each tap: simple, but the link from the mountain drops and 300 ms is tight.
Option 2, which I am going with, lets every gate decide from its own copy of the pass table; the resort server
only sends changes, each with a sequence number, and a gate asks for what it missed after reconnecting.

## Fraud

TODO: compare photos at the gate, maybe flag passes seen at two resorts in an hour.

## Revenue split
"""


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


def test_a_todo_and_a_bare_heading_beside_a_dive_found_by_content_are_no_dives() -> None:
    assert _d001(DOC) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_a_sibling_that_says_something_may_still_be_a_dive() -> None:
    said = DOC.replace("TODO: compare photos", "We compare photos")
    assert _d001(said) == []
