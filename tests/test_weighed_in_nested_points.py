"""D004: a "vs" line in notes weighs a choice when the points nested under it give the costs and the pick ("so pick
optimistic"); a "vs" line with nothing under it that picks still weighs nothing."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Court booking

## Requirements

- Players book a court for an hour; a court is never booked twice.

## Design

- booking = conditional update on the slot row, 0 rows = someone else got it
- optimistic (conditional update) vs pessimistic (row lock):
  - pessimistic holds locks while the player picks a racket rental, locks pile up at 6pm
  - optimistic holds no locks, the loser is told at once
  - conflicts are rare except on the indoor courts, so pick optimistic
"""


def _d004(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("D004",))]


def test_costs_and_a_pick_nested_under_a_vs_line_weigh_a_choice() -> None:
    assert _d004(DOC) == []


def test_a_vs_line_whose_nested_points_pick_nothing_weighs_nothing() -> None:
    unpicked = DOC.replace(", so pick optimistic", "").replace(
        "  - pessimistic holds locks while the player picks a racket rental, locks pile up at 6pm\n", ""
    )
    assert _d004(unpicked) == ["D004"]
