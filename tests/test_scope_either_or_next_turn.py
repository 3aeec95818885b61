"""R006: an either-or asked in one turn and answered in the next by one side alone ("Is this only the chat, or do I
also own the video?" over "Interviewer: Only chat. Video exists ...") restricts the design to that side, as the
same question answered on its own line does. An answer that only sets a condition ("Only if you have time.") or
goes on past the side it names keeps nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Stream chat\n\n## Requirements\n- viewers send messages to a channel's chat\n\n"
    "## Design\n\nGateways hold the websockets; a chat service fans messages out per channel.\n\n"
    "## Transcript\n\n{}\n"
)


def _r006(turns: str) -> bool:
    return bool(lint_string(DOC.format(turns), select=("R006",)))


@pytest.mark.parametrize(
    "turns",
    [
        "Me: Is this only the chat, or do I also own the video?\n\nInterviewer: Only chat. Video exists already.",
        "Me: Friends' messages, or public channels too?\n\nInterviewer: Friends only.",
        "Me: One region or several?\n\nInterviewer: Just one.",
        "Me: A single commit per change, or a branch?\n\nInterviewer: Good question. Go with the single commit: one "
        "change = one commit.",
        "Me: Push or pull?\n\nInterviewer: Let's go with push.",
    ],
)
def test_one_side_kept_in_the_next_turn_restricts_the_scope(turns: str) -> None:
    assert not _r006(turns)


@pytest.mark.parametrize(
    "turns",
    [
        "Me: Should I do push or pull?\n\nInterviewer: Only if you have time.",
        "Me: Postgres or Cassandra?\n\nInterviewer: Only Postgres is allowed here, the team knows it.",
        "Me: Is this only the chat?\n\nInterviewer: Only chat.",
        "Me: Postgres or Cassandra?\n\nInterviewer: Go with whatever you know best.",
    ],
)
def test_a_condition_a_sentence_or_no_either_or_keeps_nothing_out(turns: str) -> None:
    assert _r006(turns)
