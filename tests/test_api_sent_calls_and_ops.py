"""H001: a call a party sends, written out with its inputs ("The handheld sends `pick(task, qty=2,\\nreason=SHORT)`",
wrapped or not), and a protocol's message named as one with its type first ('op = {type: move, card: c7, lane: 2,
base_version: 41}') define the API. A program's own call, a stored record's type and mail sent define none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Warehouse picking

## Requirements

- pickers get a list per wave and confirm each pick on a handheld

## High-level design

Orders come from the shop; a wave planner writes pick lists to Postgres and pushes them to the handhelds.

{line}
"""


def _h001(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("H001",))]


@pytest.mark.parametrize(
    "line",
    [
        "A short pick: the handheld sends `pick(task, qty=2,\\nreason=SHORT)` and the bin is locked until counted.",
        "The board client sends each change as\\n\\n   op = {type: move, card: c7, lane: 2, base_version: 41}",
    ],
)
def test_a_sent_call_or_a_named_message_defines_the_api(line: str) -> None:
    assert _h001(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "The writer calls `fsync(fd, flags)` before it acknowledges a pick.",
        "Each bin row is stored as {type: shelf, aisle: 4, level: 2, capacity: 40}.",
        "The planner sends confirmation mails (wave, picker, count) at the end of a shift.",
    ],
)
def test_a_programs_call_a_record_or_mail_sent_define_no_api(line: str) -> None:
    assert _h001(line) == ["H001"]
