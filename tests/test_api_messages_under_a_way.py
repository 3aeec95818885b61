"""H001: a protocol's messages set out under the way they go, in plain text ("client -> server" over "join {room_id,
name, token}" and "guess {text}"), define the API; a line of flow over records kept ("app -> db" over "rooms
{id, host}") is no way a message goes, and one message alone is too little to tell."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Drawing game

## Requirements
- players join a room, one draws, the others guess

## Design
Rooms live in memory on a game server.

Small JSON messages:

{messages}
"""


def _h001(messages: str) -> bool:
    return bool(lint_string(DOC.format(messages=messages), select=("H001",)))


@pytest.mark.parametrize(
    "messages",
    [
        "  client -> server\n    join {room_id, name, token}\n    guess {text}   (batched)",
        "  server -> clients:\n    turn_start {drawer, ends_at}\n    stroke {seq, points, color}",
    ],
)
def test_messages_under_the_way_they_go_define_the_api(messages: str) -> None:
    assert not _h001(messages)


@pytest.mark.parametrize(
    "messages",
    [
        "  app -> db\n    rooms {id, host}\n    players {id, name}  (kept 30 days)",
        "  client -> server\n    join {room_id, name, token}  (once)",
    ],
)
def test_records_under_a_flow_or_a_single_message_define_none(messages: str) -> None:
    assert _h001(messages)


def test_messages_above_the_way_define_none() -> None:
    assert _h001("    join {room_id, name, token}\n    guess {text}\n  user -> app")
