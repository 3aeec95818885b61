"""An either-or asked in one turn and answered in the other speaker's next turn by one side alone: the design is
restricted to that side (R006 reads it as scope set aside). The same question answered on its own line is a term of
the scope vocabulary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from designlint.doc.dialogue import ANSWER_OPENS, ROLES, Speakers, turn_pattern

# An either-or asked, and the other speaker's next turn keeps one side alone: "Me: Is this only the chat, or do I also
# own the video?" over "Interviewer: Only chat. Video exists, ...", "Friends' posts, or public ones too?" over
# "Friends only." The design is restricted to one of two named parts (on one line the scope terms read it). A
# wh-question's "or" asks no either-or ("What happens when the tablet or the network fails?" over "Just retry."), an
# answer that goes on from "only" is a condition ("Only if you have time."), and "append only" is a way to store.
_EITHER_OR = re.compile(r"\bor\b[^?\n]{1,80}\?\s*$", re.IGNORECASE)
# Where the line's last sentence starts, past its speaker if it opens the line.
_LAST_SENTENCE = r"(?:^|[.!?:]\s+)(?:\W*\w{1,15}\W*:\W*)?"
_WH_QUESTION = re.compile(_LAST_SENTENCE + r"(?:what|how|why|when|where|who|which)\b[^.!?]*\?\s*$", re.IGNORECASE)
_ONE_SIDE = re.compile(
    ANSWER_OPENS
    + r"(?:(?:yes|yeah|yep|right|ok(?:ay)?)[,.]?\s+)?"
    + r"(?:(?:just|only)\s+(?!(?:if|when|once|after|before|because|until|while|as|to|for)\b)(?:the\s+)?[a-z][\w'-]*"
    + r"(?:\s+(?!for\b)[a-z][\w'-]*)?|(?!append\b)[a-z][\w'-]*\s+only)(?:\s+for\s+now)?\s*(?:[.!;,]|$)",
    re.IGNORECASE,
)
# ... or picks one with "go with" when the question asks what the thing is: "Me: Is the unit of review a single commit,
# or a branch?" over "Interviewer: Good question. Go with the Gerrit model" ("SQL or NoSQL?" over "Go with Postgres"
# asks how to build it, a choice of the design).
_ASKS_WHAT_IT_IS = re.compile(
    _LAST_SENTENCE + r"(?:is|are|do|does|should|will|would|can)\s+(?:this|it|we|i|the|they|that)\b[^.!?]*\?\s*$",
    re.IGNORECASE,
)
_GO_WITH = re.compile(
    ANSWER_OPENS
    + r"(?:(?:good question|sure|ok(?:ay)?|right|fine|hm+)[.,!]\s+)?(?:let'?s\s+)?(?:go|stick)\s+with\s+"
    + r"(?!(?:whatever|either|any|both|what|which)\b)(?:the\s+)?[a-z][\w'-]*",
    re.IGNORECASE,
)


def picked_one(lines: Sequence[tuple[int, str]], speakers: Speakers = ROLES) -> bool:
    """Some line asks an either-or and the other speaker's turn after it keeps one side alone (see _ONE_SIDE)."""
    turn = turn_pattern(speakers.names)
    return any(_picked(lines, index, turn) for index, (_, line) in enumerate(lines) if _EITHER_OR.search(line))


def _picked(lines: Sequence[tuple[int, str]], index: int, turn: re.Pattern[str]) -> bool:
    line = lines[index][1]
    if _WH_QUESTION.search(line) or index + 1 >= len(lines) or not _other_speaker(line, lines[index + 1][1], turn):
        return False
    answer = lines[index + 1][1]
    if _ONE_SIDE.match(answer):
        return True
    return _ASKS_WHAT_IT_IS.search(line) is not None and _GO_WITH.match(answer) is not None


def _other_speaker(asked: str, answer: str, turn: re.Pattern[str]) -> bool:
    """Both lines are turns (dialogue.turn_pattern), and not of the same speaker."""
    who, whom = turn.match(asked), turn.match(answer)
    return who is not None and whom is not None and who.group(1).lower() != whom.group(1).lower()
