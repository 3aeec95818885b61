"""D001: numbered ways of doing one thing, then one taken in the writer's voice ("I take 3, and ..."), are one dive
weighing options, as "I choose 3" is; they are not a dive per option."""

from __future__ import annotations

from conftest import messages

DOC = """# Tool lending

## Requirements

- neighbours lend tools for a few days; an accepted loan never overlaps another for the same tool

## High-level design

App -> API -> Postgres (tools, loans) and a worker for notifications.

## Deep dive

Requests may overlap; accepted loans must not. Where do we check it?

1. In the code: select the other accepted loans for the tool and period, insert if none. Two accepts at the same
moment both find nothing and both insert, so the check alone is not enough without a lock on the tool row.
2. A lock in Redis: one per tool, taken before the check and released after the insert. One more system to run and
watch, and a lock with a timeout can expire while the transaction is still running, which brings back the very
race it was meant to stop. No.
3. An exclusion constraint: Postgres refuses overlapping tool and period, so the database itself refuses the second loan,
even when our code has a bug somewhere, and the API catches the error and tells the owner that those days are
already taken by another loan.

{decision}
"""


def _d001(decision: str) -> list[str]:
    return messages(DOC.format(decision=decision), "D001")


def test_an_option_taken_makes_one_dive() -> None:
    found = _d001("I take 3, and decline the other overlapping requests in the same transaction.")
    assert found and "found: 1" in found[0]


def test_taking_something_else_is_no_decision() -> None:
    assert _d001("Whatever we pick, we take a nightly backup of the loans table.") == []
