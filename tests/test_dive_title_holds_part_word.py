"""D001: a dive whose title only holds a part's word ("Combining tables for large groups" in a café, "The
API tier") is judged by what it says; a heading that is a part's name ("Tables", "Data model") over its
fields is no dive."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Board game café booking

## Requirements

- Guests book a table for a time slot; staff see the evening's floor plan.

## High-level design

One API over Postgres; the search reads a cached availability hint per café and date.

## Deep dives

### Holding a table during payment

A booking first takes a hold row with a ten-minute expiry, so two guests paying at once cannot both win the
table. An exclusion constraint on (table_id, time range) is the real guard; the hold only keeps the search
honest. When the payment webhook is late, a sweeper releases the hold and refunds the guest automatically.

### {title}

{body}
"""

COMBINING = (
    "Groups of eight or more are common on game nights and most cafés have no table that big. The owner marks "
    "which tables can be pushed together, and the search tries sets of up to three whose seats add up to the "
    "party, preferring the fewest empty seats, then the fewest tables, because every joined table is one the "
    "staff must move by hand before the group arrives."
)
FIELDS = "- booking: id, table_id, starts_at, ends_at, status\n- hold: id, table_id, expires_at"


def _count(title: str, body: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(title=title, body=body), select=("D001",))]


@pytest.mark.parametrize("title", ["Combining tables for large groups", "Pushing tables together for big parties"])
def test_a_problem_holding_a_part_word_is_a_dive(title: str) -> None:
    assert _count(title, COMBINING) == []


@pytest.mark.parametrize("title", ["Tables", "Data model"])
def test_a_part_named_over_its_fields_is_no_dive(title: str) -> None:
    found = _count(title, FIELDS)
    assert found and "found: 1" in found[0]
