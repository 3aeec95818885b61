"""Requirements asked in dialogue: a transcript at the top of a doc and the feature list after it.

Some write-ups open with the questions asked and the answers given ("Candidate: ...",
"Interviewer: ...", "Q: ... A: ...") and then sum up the features agreed. That exchange
is the requirements step and the summary its functional part, though no heading says so.
The parser asks here which blocks are turns of such an exchange; it takes two speakers
taking turns, early in the doc, before it opens a section for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from designlint.doc.implicit import PART_LEVEL, STEP_LEVEL, Implicit
from designlint.doc.items import ends_mid_sentence, goes_on, opens_item

# Practice with a tutor follows the interview's turns: the user or student answers as a candidate, the
# assistant, tutor, coach or mentor asks as an interviewer.
_ROLES = "candidate|interviewer|interviewee|me|q|a|c|i|user|student|assistant|tutor|coach|mentor"


@lru_cache(maxsize=64)
def turn_pattern(names: str) -> re.Pattern[str]:
    """A line that opens with one of the speakers (names: an alternation of them)."""
    return re.compile(
        # a chat log's time stamp may come first: "[10:02] interviewer: ..."
        rf"^\s*(?:[-*+]\s+)?(?:\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*)?(?:\*\*|__)?({names})"
        r"(?:\*\*|__)?\s*:(?:\*\*|__)?\s*\S",
        re.IGNORECASE,
    )


@lru_cache(maxsize=64)
def _reply(names: str) -> re.Pattern[str]:
    """A second speaker on the same line, after the first one's sentence ends ("Q: scale? A: 1M users")."""
    return re.compile(rf"[.?!]\s+(?:\*\*|__)?({names})(?:\*\*|__)?\s*:\s*\S", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Speakers:
    """Who speaks in a doc's transcript: the roles every transcript uses ("Candidate", "Q", "Me"), and
    the one person named beside "Me" or a role ("Dario: So, same whiteboard as last week.")."""

    named: str = ""  # lower case
    side: str = "answer"  # the side the named person takes

    @property
    def names(self) -> str:
        return f"{_ROLES}|{re.escape(self.named)}" if self.named else _ROLES

    def side_of(self, speaker: str) -> str:
        speaker = speaker.lower()
        return self.side if speaker == self.named else _SIDE.get(speaker, "answer")

    def is_candidate(self, speaker: str) -> bool:
        speaker = speaker.lower()
        return self.side == "ask" if speaker == self.named else speaker in _CANDIDATE


ROLES = Speakers()
# A person's name as a speaker ("Dario", "Priya"): one capitalised word; dialogue.py and threads.py read it alike.
SPEAKER_NAME = r"([A-Z][a-z]{2,15})"
# A speaker written up as an initial ("K:", "D.:") or with a name's accents ("Tomás:"): notes that keep the
# interviewer's name short or as spelt. Only the count against one role below makes either a speaker.
_SPOKEN_NAME = r"([A-Z](?:[a-zà-öø-ÿ]{2,15})?)\.?"
# "Dario:" opening a paragraph: a name as a speaker.
_NAMED = re.compile(rf"^(?:\*\*|__)?{_SPOKEN_NAME}(?:\*\*|__)?\s*:\s*\S", re.MULTILINE)
_ROLE_LINE = re.compile(rf"^(?:\*\*|__)?({_ROLES})(?:\*\*|__)?\s*:\s*\S", re.MULTILINE | re.IGNORECASE)
MIN_NAMED_TURNS = 3


@lru_cache(maxsize=8)
def speakers_of(text: str) -> Speakers:
    """The doc's speakers: one name that takes MIN_NAMED_TURNS turns or more against one role (and
    no other name does) is the other side of the exchange; study notes between two named people
    ("Sam:", "Priya:") are no interview, and "Context:" or "Storage:" once are labels.

    Kept per text: the outline's walk (transcript_walk) and the checks (statements.doc_speakers) ask of the same
    doc in turn, and the answer is a frozen value."""
    if ":" not in text:
        return ROLES
    counts: dict[str, int] = {}
    for found in _NAMED.finditer(text):
        counts[found.group(1).lower()] = counts.get(found.group(1).lower(), 0) + 1
    names = [name for name, count in counts.items() if count >= MIN_NAMED_TURNS and name not in _ROLES.split("|")]
    if len(names) != 1:
        return ROLES  # most docs: no named speaker, so the roles need not be looked for
    said = [found.group(1).lower() for found in _ROLE_LINE.finditer(text)]
    # a role named once is a label above the talk ("Interviewer: Tomás, a former colleague"), not a side of it
    roles = {role for role in said if said.count(role) >= MIN_TURNS}
    if len(roles) != 1:
        return ROLES
    (role,) = roles
    # beside the candidate the named person interviews; beside the interviewer, answers
    return Speakers(names[0], "answer" if _SIDE.get(role) == "ask" else "ask")


# Speakers that stand for the same side: Q and C ask, A and I answer.
_SIDE = {"candidate": "ask", "interviewee": "ask", "me": "ask", "q": "ask", "c": "ask", "user": "ask", "student": "ask"}
# Speakers who are the candidate, whatever side they take ("Q:" is most often the interviewer's).
_CANDIDATE = ("candidate", "interviewee", "me", "c", "user", "student")
MIN_TURNS = 2
TITLE = "Requirements (asked in dialogue)"
SUMMARY = "Features (agreed in the dialogue)"


def is_turn(text: str, speakers: Speakers = ROLES) -> bool:
    """The text opens with a speaker ("Candidate: ...", "Q: ..."): a turn, not a topic and its colon."""
    return turn_pattern(speakers.names).match(text) is not None


def from_interviewer(text: str, speakers: Speakers = ROLES) -> bool:
    """The text is a turn of the one who asks the design questions ("Q: ...", "Interviewer: ..."), not the
    candidate's nor an answer ("A: ...")."""
    found = turn_pattern(speakers.names).match(text)
    return found is not None and found.group(1).lower() != "a" and not speakers.is_candidate(found.group(1))


def answered_as(
    lines: Sequence[tuple[int, str]], index: int, answer: Callable[[str], bool], asker: bool = False
) -> bool:
    """The line at index is a question (the interviewer's, when asker) and the line after it answers as answer()
    tells: "Anything you'd leave out?" over "Not really, ...", "Interviewer: Cost?" over "I'll skip cost"."""
    line = lines[index][1]
    asked = line.rstrip().endswith("?") and (not asker or from_interviewer(line.strip()))
    return asked and index + 1 < len(lines) and answer(lines[index + 1][1])


# An answer that leaves nothing out, whoever gives it: "Not really, robots.txt and dedup all matter", "I think I want
# to cover all of it", the interviewer's "No, I actually want to see that" to "Can I skip the firmware part?". "No
# worries" and "no problem, skip it" let the part go.
# Where an answer's words start: past its speaker, if the line names one ("Me: ...", "Tomás: ...").
ANSWER_OPENS = r"^\W*(?:\w{1,15}\W*:\W*)?"
NOTHING_LEFT = re.compile(
    ANSWER_OPENS + r"(?:hmm,?\s+|honestly,?\s+|well,?\s+)?"
    r"(?:no\b(?!\s+(?:worries|problem|probs?|issues?)\b)(?!\s+\w+\s*,)|nope\b|not really\b|nothing\b|none\b"
    r"|all of (?:these|this|it|them)\b"
    r"|(?:i think\s+)?i(?:'d| would)? (?:want|like) to (?:cover|keep|do) (?:all|everything|the whole)\b"
    # everything kept in, in so many words: "I think everything you listed is in"
    r"|(?:i think\s+)?(?:everything|all of (?:it|them|that))\s+(?:you\s+\w+\s+)?(?:is|are|stays?)\s+in\b)",
    re.IGNORECASE,
)


def keeps_all(answer: str) -> bool:
    """The answer to a question about leaving a part out keeps every part (NOTHING_LEFT)."""
    return NOTHING_LEFT.match(answer) is not None


# An answer that turns the question down or asks to move on: "Not for this. Everyone's in one country", "I'd
# actually like to spend the time on the ledger ... Can we treat capacity as a given?"
_TURNED_DOWN = re.compile(
    ANSWER_OPENS + r"(?:no\b|nope\b|not (?:for|now|yet|really|needed|here|in)\b|can we\b"
    r"|i'?d (?:actually |rather )?(?:not|skip|leave|like to (?:skip|leave|spend|focus))\b|let'?s (?:skip|not)\b)",
    re.IGNORECASE,
)


def turns_down(answer: str) -> bool:
    """The answer opens by declining the question (_TURNED_DOWN), so what follows answers none of it."""
    return _TURNED_DOWN.match(answer) is not None


def leaves_out(answer: str) -> bool:
    """An answer to a question about leaving parts out that names some: not one that keeps all."""
    return bool(answer.strip()) and not keeps_all(answer)


# A question that leaves the parts to name open ("Anything you're leaving out?", "What would you skip?"), unlike one
# that names its own ("Could you do this in Postgres and skip Elasticsearch?", which the answer may take or not).
_OPEN_ASK = re.compile(r"\b(?:anything|what|which|something|any (?:parts?|features?|areas?|pieces?))\b", re.IGNORECASE)


def open_ask(question: str) -> bool:
    """The question asks which parts, naming none itself (_OPEN_ASK)."""
    return _OPEN_ASK.search(question) is not None


def turns(text: str, speakers: Speakers = ROLES) -> list[str]:
    """The side of each turn, if most of the block's lines open with one; else nothing.

    A line may hold a question and its answer together; each counts as a turn.
    """
    turn = turn_pattern(speakers.names)
    sides: list[str] = []
    opened = kept = 0
    previous = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        found = turn.match(line)
        if found is None and _continues(line, previous):
            previous = line
            continue
        previous, kept = line, kept + 1
        if found is not None:
            opened += 1
            sides.append(speakers.side_of(found.group(1)))
            sides += [speakers.side_of(reply.group(1)) for reply in _reply(speakers.names).finditer(line, found.end())]
    return sides if opened and opened * 2 >= kept else []


def _continues(line: str, previous: str) -> bool:
    """The line goes on with the turn above it: indented and no list item ("A: Naive first: ...\n   With an
    index on query, ..."), or the text above wrapped mid-sentence ("Q: we run a platform for markets. each has\n
    a site map of pitches, ...")."""
    if goes_on(line):
        return True
    return bool(previous) and ends_mid_sentence(previous) and not opens_item(line)


@dataclass(slots=True)
class Exchange:
    """Where the parser is in an opening exchange: watching, inside it, or past it."""

    state: str = "watching"  # watching, open, done
    start: int = -1  # index, in the current section's blocks, of the first turn seen
    sides: list[str] = field(default_factory=list)
    speakers: Speakers = ROLES

    def restart(self) -> None:
        """Forget turns seen so far if the exchange has not opened: a new section's blocks start afresh."""
        if self.state == "watching":
            self.start, self.sides = -1, []

    def see(self, index: int, text: str, kind: str) -> Implicit | None:
        """The section to open for the block just added at index, if any; updates the state."""
        said = turns(text, self.speakers) if kind in ("paragraph", "list", "quote") else []
        if self.state == "watching":
            return self._watch(index, said)
        if self.state == "open" and not said:
            if kind == "paragraph" and text.rstrip().endswith(":"):
                return None  # a lead-in ("So we build:") to the summary below it
            self.state = "done"
            if kind == "list":
                return Implicit(PART_LEVEL, SUMMARY, "dialogue", "requirements")
        return None

    def _watch(self, index: int, said: list[str]) -> Implicit | None:
        if not said:
            self.start, self.sides = -1, []
            return None
        if self.start < 0:
            self.start = index
        self.sides += said
        if len(self.sides) >= MIN_TURNS and len(set(self.sides)) > 1:
            self.state = "open"
            return Implicit(STEP_LEVEL, TITLE, "dialogue", "requirements")
        return None
