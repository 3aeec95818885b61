"""H003: a store named, then its key and what the key leads to, is a data model told in passing ("a cassandra
table for history (match_id, seq) -> event", "writes to a kv: token_id -> number"). A key that leads to a place
routes instead ("redis: user_id -> least loaded server", "hash(user_id) -> shard"), and a key with no store named
before it ("order_id -> confirmation email") is a step of a flow."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Live scores\n\n## Requirements\n- fans follow a match\n\n## High-level design\n\n"
    "API: `GET /matches/{{id}}` returns the score.\n\n{}\n\n```\napp -> gateway -> match svc -> store\n```\n"
)


def _h003(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("H003",)))


@pytest.mark.parametrize(
    "line",
    [
        "Events go to a cassandra table for history (match_id, seq) -> event.",
        "At 10:00 a job writes to a kv: token_id -> number, and clients look theirs up once.",
        "Sessions sit in redis: session:{user_id} -> token.",
    ],
)
def test_a_store_named_with_its_key_layout_is_a_data_model(line: str) -> None:
    assert not _h003(line)


@pytest.mark.parametrize(
    "line",
    [
        "Routing: hash(user_id) -> shard.",
        "Sticky sessions in redis: user_id -> least loaded server.",
        "We map user_id -> the nearest region.",
        "Once paid, order_id -> confirmation email.",
    ],
)
def test_a_key_that_routes_or_no_store_named_is_no_data_model(line: str) -> None:
    assert _h003(line)
