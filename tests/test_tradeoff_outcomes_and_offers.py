"""D004: "either all ... or none" says a write is atomic, and alternatives handed back to a user ("returns 409 with
fresh alternatives", "alternative slots") are data: neither lays out ways to weigh, so a cost said under them
weighs nothing. Two ways set out with "either ... or" and alternatives the writer considered still do."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Harbour crane bookings

## Requirements
- agents book a crane for a slot
- see the day's plan

## High-level design
web app -> booking API -> Postgres

## Deep dive: double booking
{line} The exclusion constraint is slower to check, but no slot is ever sold twice.
"""


def _d004(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("D004",))]


@pytest.mark.parametrize(
    "line",
    [
        "A booking of two cranes writes one row per crane in one transaction, so either all cranes are held or none.",
        "If the constraint fires, the API returns 409 with fresh alternatives.",
        "A clash shows the agent alternative slots on the same day.",
    ],
)
def test_an_atomic_outcome_or_alternatives_offered_lay_out_no_ways(line: str) -> None:
    assert _d004(line) == ["D004"]


@pytest.mark.parametrize(
    "line",
    [
        "Either we lock the crane row while booking, or we let an exclusion constraint refuse the second insert.",
        "We looked at two alternatives: a row lock and an exclusion constraint.",
    ],
)
def test_ways_set_out_still_weigh(line: str) -> None:
    assert _d004(line) == []
