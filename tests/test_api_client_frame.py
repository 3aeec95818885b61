"""H001: a message a client sends, written on the line of the way it goes and named by its type field ('client
--WS--> gateway: {type: "send", channel: "c123", text: "..."}'), defines an operation and its inputs. A record with
a type field and no sender, a message one service passes to another ("user-service -> kafka", a hyphenated name
being no labelled arrow) and one a client puts on a queue define no client's call."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Stream chat\n\n## Requirements\n- viewers send messages to a channel's chat\n\n"
    "## Design\n\nGateways hold the websockets; a chat service fans messages out per channel.\n\n"
    "## Send path\n\n{}\n"
)


def _h001(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("H001",)))


@pytest.mark.parametrize(
    "line",
    [
        '    client --WS--> gateway: {type: "send", channel: "c123", text: "...", nonce: "abc"}',
        '- app -> chat gateway: {"op": "join", "channel": "c123"}',
        "- phone --ws--> edge: {t: 'vote', poll_id: 7, choice: 2}",
    ],
)
def test_a_client_frame_named_by_its_type_is_an_operation(line: str) -> None:
    assert not _h001(line)


@pytest.mark.parametrize(
    "line",
    [
        '- stored event: {type: "click", user_id: 1, ts: 1700000000}',
        '    gateway -> kafka: {type: "send", channel: "c123", text: "..."}',
        '- user-service -> kafka: {type: "user_created", user_id: 1}',
        '- bot-detector -> moderation: {action: "flag", user: 5}',
        '- app -> kafka: {type: "send", channel: "c1", text: "hi"}',
    ],
)
def test_a_record_or_a_service_message_is_no_call(line: str) -> None:
    assert _h001(line)
