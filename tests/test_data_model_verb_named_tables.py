"""H003: a table named in snake_case by a plural or a stored thing after a verb ("match_results(...)", "send_log(...)",
"upload_sessions(...)") is a record with its fields; an operation named by a verb and its object ("create_user(...)",
"get_uploads(...)", "createUser(...)") lays out parameters, no data model."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Scores

## Requirements

- Players see their rank after each match.

## High-level design

An API over Postgres.

{line}

## Deep dives

### Ranks

A sorted set holds ranks; after a restart we rebuild it from Postgres, which takes a few minutes.
"""


def _h003(line: str) -> bool:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("H003",))] == ["H003"]


@pytest.mark.parametrize(
    "table",
    [
        "match_results(match_id, player_id, points, finished_at)",
        "send_log(msg_id, user_id, sent_at)",
        "upload_sessions(session_id, user_id, parts_done)",
    ],
)
def test_a_table_named_by_a_verb_and_a_stored_thing_is_a_record(table: str) -> None:
    assert not _h003(table)


@pytest.mark.parametrize(
    "operation",
    ["create_user(name, email_address, password)", "get_uploads(user_id, limit, cursor)", "createUser(name, email_address)"],
)
def test_an_operation_named_by_a_verb_lays_out_parameters(operation: str) -> None:
    assert _h003(operation)
