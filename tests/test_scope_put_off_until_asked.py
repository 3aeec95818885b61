"""R006: a part put off until someone asks for it ("one-room broadcast mode ... skip unless interviewer asks"), the
interviewer bounding how deep a part goes ("Search you can mention but don't go deep."), and a part kept out of a
design note that calls itself a concept, as German-speaking teams do ("Not in this concept, but ..."), leave parts
out. A step of the write-up kept short, the design going no deeper, a turn asking to go deep and a concept of the
domain leave nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Quiz night backend

## Requirements

- Players join a room and answer the same question at the same time.
- Scores show after each question.

## Design

- gateways hold the sockets, one room actor per game
- {line}
"""


def _r006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))]


@pytest.mark.parametrize(
    "line",
    [
        "a stadium mode (50k in one room) needs a relay tree, very different. skip unless interviewer asks",
        "replays for the hosts: skip it unless asked",
        "Interviewer: Leaderboards you can mention but don't go deep.",
        "Interviewer: Fine. Don't go deep on moderation.",
        "Spoken questions for blind players: not in this concept, but the client must not block it.",
    ],
)
def test_a_part_put_off_bounded_or_kept_out_of_the_concept_is_left_out(line: str) -> None:
    assert _r006(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Interviewer: don't go deep on the estimation, numbers are fine.",
        "the actor keeps no history; we don't go deep into the event log, two levels at most",
        "Interviewer: go deep on the timing, that is the hard part.",
        "scores are in the room concept, a player only sees their own",
        "the actor retries a lost frame; it can skip one unless the frame holds a question",
    ],
)
def test_a_short_step_the_design_or_a_turn_asking_for_depth_leave_nothing_out(line: str) -> None:
    assert _r006(line) == ["R006"]
