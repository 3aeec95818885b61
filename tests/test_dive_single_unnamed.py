"""D001 with no deep-dive step named: a long write-up that S001 spares (dives-unread-words) but whose one section
after the design is its only dive is told it has one, instead of nothing at all; a short one is left to S001,
which says the step is missing, so the two never both speak."""

from __future__ import annotations

from designlint.lint.rules import load_rules

from conftest import lint_string

HEAD = """# Family calendar

## Requirements

- family members share events and reminders; an edit on one phone shows on the others within 3 s
- out of scope: syncing with outside calendars

## Numbers

20k families x 30 events a month = 600k events a month, about 0.2 writes a second: one Postgres is plenty.

## High-level design

Phones -> API -> Postgres; a websocket gateway pushes changes; a scheduler enqueues reminders.

## Recurring events

A series stores its rule and its time zone by name, so "every Monday 9:00" stays 9:00 across a clock change.
Editing one occurrence writes an override keyed by the occurrence's original start; editing "this and following"
ends the series there and starts a new one, so history before the edit is untouched. Reminders are scheduled one
occurrence ahead, not for the whole series, so a change to the rule never leaves stale reminders queued.
"""

# the same write-up made long by its requirements' prose (past 400 words), with no more sections
LONG = HEAD.replace("## Requirements\n", "## Requirements\n\n" + "Every member's view stays in step with the others. " * 45 + "\n")


def _rules(text: str) -> list[str]:
    return [f"{f.rule_id} {f.message}" for f in lint_string(text, select=("D001", "S001"))]


def test_a_long_write_up_is_told_its_one_dive() -> None:
    found = _rules(LONG)
    assert any(f.startswith("D001 deep dives found: 1") for f in found)
    assert not any(f.startswith("S001") and "deep dive" in f for f in found)


def test_a_short_one_is_told_only_that_the_step_is_missing() -> None:
    found = _rules(HEAD)
    assert any(f.startswith("S001") and "deep dive" in f for f in found)
    assert not any(f.startswith("D001") for f in found)


def test_d001_spares_what_s001_spares() -> None:
    rules = load_rules()
    assert rules["D001"].options["dives-unread-words"] == rules["S001"].options["dives-unread-words"]
