"""An interviewer's question answered: the question names what the answer is about, as a heading would.

"Interviewer: What if the merchant's endpoint is down for a day?" over "Me: We keep trying on a schedule, then
flag the event for a replay by hand" says what happens when a named part fails, though the answer never names
the failure again: the transcript splits one statement between two speakers. D005 reads an answer so (option
"answers": the list a question must hold); a turn that only asks, or an answer of a few words, says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks.declines import left_out
from designlint.checks.statements import Statement, View, asking, doc_speakers, statements
from designlint.checks.unsaid import unsaid
from designlint.doc.context import Context
from designlint.doc.dialogue import Speakers, turns_down

# Fewer words than this answer nothing yet: "Good question.", "Hmm, let me think."
_ANSWER_WORDS = 6


def answered(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """A statement of the design answers a question that the list called "answers" finds."""
    if "answers" not in options:
        return False
    asked = ctx.terms(options["answers"])
    speakers = doc_speakers(ctx)
    # a question may run over two statements ("Say they go international, three regions. What breaks?"): _turns
    # joins each run; here all of them are searched at once
    if not asked.search(" ".join(s.text for s in statements(ctx) if asking(s, speakers))):
        return False  # most docs ask no such question: the answers are not looked for
    return any(_answers(ctx, turn, options) for turn in _turns(design, asked, speakers))


def _turns(design: View, asked: re.Pattern[str], speakers: Speakers) -> list[list[Statement]]:
    """The statements that answer each question the pattern finds, in order: a run of asking statements is one
    question ("Say the Redis node goes away. What do users see?"), the statements after it under the same headings
    its answer, up to the next question or an interviewer's line."""
    turns: list[list[Statement]] = []
    question: list[Statement] = []
    answer: list[Statement] | None = None
    for statement in design.items:
        if asking(statement, speakers):
            question, answer = (question if answer is None else []) + [statement], None
        elif question and statement.titles == question[-1].titles:
            if answer is None:
                answer = []
                if asked.search(" ".join(q.text for q in question)):
                    turns.append(answer)  # filled as the loop goes on
            answer.append(statement)
        else:
            question, answer = [], None
    return turns


def _answers(ctx: Context, turn: list[Statement], options: Mapping[str, Any]) -> bool:
    """The statements after one question answer it: one says enough and does not set the part aside, and none
    puts the answer off ("that's something I'd want to dig into", "ran out of time") or they only fill the wait."""
    if any(unsaid(ctx, statement, options) for statement in turn) or turns_down(turn[0].text):
        return False
    return any(s.words >= _ANSWER_WORDS and not left_out(ctx, s) for s in turn)
