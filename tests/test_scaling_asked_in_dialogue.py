"""D006: in a transcript, the interviewer's turn asking about more regions, more load or one item far bigger than the
rest, answered in earnest, discusses how the design grows ("Last thing: multi-region." over where the room lives and
how it moves). An answer that turns the question down ("Not for this. ..."), a spike the fixed design sheds, or a
question that only sounds alike ("User double-clicks send?") grows nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Live quiz rooms (mock interview)

Interviewer: Design live quiz rooms: a host asks questions, players answer from their phones.

Me: Requirements: a host creates a room, players join with a code, answers are scored live.

## Design

Me: Phones hold a websocket to a room server; one server owns each room in memory and writes results to Postgres.

Interviewer: {asked}

Me: {answer}
"""

GROWN = [
    (
        "Last thing: multi-region. Players in Europe and the US in one room.",
        "The room lives in the region where the host opened it, and far players see about 150 ms more. Between "
        "rounds we could move the room to where most players are, by snapshot and handoff.",
    ),
    (
        "Now the biggest room, 20,000 people watching.",
        "The owner still scores answers, but it publishes each question once to a topic, and a layer of socket "
        "gateways subscribes and pushes it to the watchers, so no one server holds every socket.",
    ),
]

GROWN.append(
    (
        "Hot room problem? The top few rooms get half the players.",
        "Scoring is cheap; sending is the heavy part, so for those rooms the owner batches the scoreboard and pushes "
        "it every 200 ms instead of after every answer.",
    )
)

NOT_GROWN = [
    (
        "Would you go multi-region?",
        "Not for this. Everyone plays in one country, one region with three zones is plenty for the latency we need.",
    ),
    (
        "What if there's a sudden traffic spike?",
        "The gateway rate limits each phone to a few answers a second and sheds the rest, so the room server is safe.",
    ),
    (
        "User double-clicks send?",
        "Each answer carries the question id and the player id, and the room server keeps the first one it sees.",
    ),
]


def _d006(asked: str, answer: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(asked=asked, answer=answer), select=("D006",))]


@pytest.mark.parametrize(("asked", "answer"), GROWN)
def test_growth_asked_and_answered_is_a_scaling_path(asked: str, answer: str) -> None:
    assert _d006(asked, answer) == []


@pytest.mark.parametrize(("asked", "answer"), NOT_GROWN)
def test_growth_turned_down_or_only_sounding_alike_is_none(asked: str, answer: str) -> None:
    assert _d006(asked, answer) == ["D006"]
