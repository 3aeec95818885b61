"""D005: words of failure in another sense say nothing of a part failing: a recovery target, a state named in
capitals, a column copied to save a join, attempts counted against a user, a player failing a level."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Quiz app

## Requirements

- Players answer quizzes; teachers see the scores.

## High-level design

One API over Postgres; scores go to a leaderboard table.

## Deep dives

### Scores

"""


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


@pytest.mark.parametrize(
    "other_sense",
    [
        "We commit to recovery objectives for scores: an RPO of 0 and an RTO of 15 minutes.",
        "A payment moves to `FAILED` when the card is declined, and the player can pay again.",
        "Each score row keeps a redundant copy of the player's name, so the board needs no join.",
        "After 5 failed attempts the quiz locks for ten minutes.",
        "A player who fails a level can retry as often as they like; we count the attempts.",
    ],
)
def test_failure_words_in_another_sense_are_no_failure_mode(other_sense: str) -> None:
    assert _d005(other_sense)
    assert not _d005(other_sense + " If the Postgres primary fails, a replica takes over.")
