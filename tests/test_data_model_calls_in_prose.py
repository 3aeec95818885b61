"""H003: a sentence that names calls and then gives them ("only a handful of frames: `join(room_id, last_seq)` to
enter a room, `send(room_id, text, nonce)` to post") shows what calls carry, no stored record; records given as
name(fields) in a sentence that names them as tables still make a data model."""

from __future__ import annotations

from conftest import messages

DOC = """# Live match chat

Two million viewers in one room, a few percent of them typing.

## How it works

Clients hold a WebSocket to an edge server. {sentence} The edges subscribe to a relay tree fed by one sequencer
per room, which stamps each message with a sequence number.
"""


def test_calls_named_in_a_sentence_are_no_data_model() -> None:
    sentence = (
        "There are only a handful of frames: `join(room_id, last_seq)` to enter a room, `send(room_id, text, nonce)`"
        " to post, and the server pushes `batch(room_id, from_seq, items)`."
    )
    assert messages(DOC.format(sentence=sentence), "H003")


def test_tables_named_in_a_sentence_are_a_data_model() -> None:
    sentence = "The sequencer keeps two tables: `messages(room_id, seq, user_id, text)` and `rooms(room_id, last_seq)`."
    assert messages(DOC.format(sentence=sentence), "H003") == []
