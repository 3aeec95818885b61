"""R006 (and D004-D006, which read no part the doc sets aside): parts named first and then "left out" or "set
aside" at the clause's end ("sharing, autofill, recovery left out", "billing is set aside for this doc") are
excluded from the scope. A member "left out of the group chat" is the product's behaviour."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Password manager

## Requirements
- sync vaults across devices
- store items encrypted
- unlock with a master password

## High-level design
client -> sync api -> vault store

## Deep dive: sync
Each item carries a revision; a client pulls the changes since its cursor and a conflict keeps both copies.

## Summary
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "- Scope: single-user sync and storage; sharing, autofill, recovery left out",
        "- sharing and autofill are left out",
        "- billing is set aside for this doc",
    ],
)
def test_parts_named_then_left_out_are_excluded(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("R006",)) == []


def test_a_member_left_out_of_a_chat_excludes_nothing() -> None:
    line = "- a member removed by an admin is left out of the group chat"
    assert [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))] == ["R006"]


def test_a_part_left_out_is_no_failure_mode() -> None:
    line = "- Scope: single-user sync and storage; sharing, autofill, recovery left out"
    assert [f.rule_id for f in lint_string(DOC.format(line=line), select=("D005",))] == ["D005"]
