"""D006: growth told in few words: a few others of the kind and the question ("The club is talking to two other
choirs about sharing it. What changes?"), a second one numbered ("the council may hand us a 2nd site"), the first
version's limit said as a problem ("If it ever became a problem, one option: shard by region"), or the served
thing running hot, named as the trouble ("The catch is hot rooms: ... split listeners off to replicas"). Two other
features, a problem that is a fault, and a hot path are no growth."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Choir rehearsal planner

## Requirements

- singers say which rehearsals they attend
- the conductor sees who sings which part each week

## High-level design

Web app -> API -> Postgres on one small VM; reminders go out through a mail provider.

## Deep dive: seating

The planner seats each part together and puts new singers next to a section leader; the conductor can move them.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "**Q:** The federation is talking to two other choirs about sharing it. What changes?\n\n"
        "**Me:** It becomes multi-tenant, with logins scoped to one choir.",
        "## Later\n\n- the council may hand us a 2nd site -> rooms get a site, the planner a site choice",
        "## Deep dive: live rooms\n\nOne room holds its listeners in memory on one server, and I'd start with that. "
        "If it ever became a problem there are two options. One: shard rooms by region.",
        "## Deep dive: live rooms\n\nThe catch is hot rooms: a concert draws thousands of listeners to one server; "
        "for that we split listeners off to read replicas that relay the stream.",
    ],
)
def test_a_few_others_a_second_one_a_limit_and_a_hot_one_are_growth(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "**Q:** We also want two other features, a lending list and a calendar. What changes?\n\n"
        "**Me:** Two more pages and a table each.",
        "## Later\n\n- a second reminder the day before, if singers ask for it",
        "## Deep dive: reminders\n\nIf the mail provider becomes a problem we retry from a queue, one message at a time.",
        "## Deep dive: reminders\n\nThe hot path is the weekly reminder job; it reads one table and sends a mail each.",
    ],
)
def test_other_features_a_fault_and_a_hot_path_are_no_growth(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
