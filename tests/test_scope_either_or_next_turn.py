"""R006: an either-or asked in one turn and answered in the next by one side alone ("Is this only the chat, or do I
also own the video?" over "Interviewer: Only chat. Video exists ...") restricts the design to that side, as the
same question answered on its own line does; "go with X" picks a side when the question asks what the thing is. An
answer that sets a condition ("Only if you have time."), a choice of how to build it ("SQL or NoSQL?" over "Go with
Postgres"), a wh-question's "or", "append only" and a line no other speaker answers keep nothing out."""

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
        "Me: Is the unit a single commit per change, or a branch?\n\nInterviewer: Good question. Go with the single "
        "commit: one change = one commit.",
        "Me: Is it pickup, or delivery too?\n\nInterviewer: Yes, only pickup.",
        "Me: Pickup or delivery too?\n\nInterviewer: Just pickup, delivery is another team.",
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
        "Me: SQL or NoSQL?\n\nInterviewer: Go with Postgres: the data is relational.",
        "Me: What happens when the tablet or the network fails?\n\nInterviewer: Just retry.",
        "Me: Keep votes as mutable rows or as events?\n\nInterviewer: Append only.",
        "Me: One region or several?\n\nMe: Just one, I think.",
        "One region or several?\n\nJust one.",
    ],
)
def test_a_condition_a_design_choice_or_no_other_speaker_keeps_nothing_out(turns: str) -> None:
    assert _r006(turns)
