"""An interviewer's "Why not X?" once the design is under way challenges a way the candidate chose: it asks for a
dive whatever part its words name ("Why not just a table with an index on score?" is no data-model prompt), and
the dive it opens names its alternative in the question, so D002 does not call it one-sided."""

from __future__ import annotations

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import lint_string

CATALOGUE = load_catalogue()
TALK = """# Leaderboard mock

Interviewer: Design a leaderboard for a ranked game.

Candidate: Players see the top 100, their own rank and the players around them. Is that the scope?

Interviewer: Yes. Numbers?

Candidate: 50 million players and 100M score updates a day, 100M / 86,400 ≈ 1.2k updates a second. I'd keep ranks
in a Redis sorted set, fed from the match results table.

Interviewer: {question}

Candidate: Top N is fine with an index, but a player's rank is a count of everyone above them, which is a scan per
lookup at 50 million rows and thousands of lookups a second. A sorted set answers rank in O(log N), so it wins.
"""


def _steps(question: str) -> dict[int, str]:
    outline = build_outline(parse(TALK.format(question=question)), CATALOGUE)
    return {s.line: step for step, sections in outline.steps.items() for s in sections if s.line >= 12}


def test_why_not_asks_for_a_dive_whatever_part_it_names() -> None:
    assert list(_steps("Why not just a database table with an index on score?").values()) == ["deep-dive"]


ONE_WAY = "Candidate: Top N is fine with an index, but a player's rank is a count of everyone above them"


def test_the_dive_names_its_alternative_in_the_question() -> None:
    talk = TALK.split(ONE_WAY)[0] + "Candidate: A sorted set answers rank in O(log N) and the top 100 in one call.\n"
    assert lint_string(talk.format(question="Why not just a database table with an index on score?"), select=("D002",)) == []
    asked_how = talk.format(question="And how do you answer a player's rank in a tournament?")
    assert [f.rule_id for f in lint_string(asked_how, select=("D002",))] == ["D002"]
