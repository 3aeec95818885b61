"""What the section builder knows of an interview transcript while it walks a doc's blocks: who speaks,
whether an opening exchange is under way, and whether a prompt has moved the talk past the requirements.

Kept apart from builder.py, which mixes this in; nothing here reads Markdown.
"""

from __future__ import annotations

import re
from typing import Any

from designlint.catalogue import Catalogue
from designlint.doc.dialogue import Exchange, from_interviewer, is_turn, speakers_of, turn_pattern
from designlint.doc.implicit import LABEL_KINDS, PART_LEVEL, STEP_LEVEL, Implicit
from designlint.doc.items import ITEM_MARKER
from designlint.doc.model import Block
from designlint.doc.prompts import follows_up, prompt, shows_design
from designlint.doc.runin import run_in
from designlint.doc.threads import handle_of

EARLY_TURNS = 4
# A short sentence that opens a reply before its point: "Got it.", "OK, makes sense." (prompts strips only a word)
_SHORT_OPENING = re.compile(r"^[\w']+(?:[ ,]+[\w']+){0,2}[.!]\s+")


class TranscriptWalk:
    """The transcript state of builder.Builder and the questions it asks of it."""

    lines: list[str]
    catalogue: Catalogue
    stack: list[dict[str, Any]]
    headings: int
    marked: bool
    handles: frozenset[str]

    def __init__(self, lines: list[str]) -> None:
        self.speakers = speakers_of("\n".join(lines))
        self.exchange = Exchange(speakers=self.speakers)
        self.designing = False  # a transcript has moved on past its requirements (prompts.prompt)
        self.shown = False  # the candidate has shown a design in the transcript (prompts.shows_design)
        self.chatted = False  # the doc opened with an exchange (dialogue.Exchange)
        self.turns_seen = 0  # turns of a chat log written as one paragraph, read so far (see _ask)

    def heading(self, level: int, title: str, line: int, label: bool = False, implicit: str = "") -> None:
        raise NotImplementedError  # the builder opens sections

    def _implicit(self, heading: Implicit, line: int) -> None:
        raise NotImplementedError  # the builder opens sections

    def _turn_after_items(self, line: int, end: int) -> int:
        """The first line of a list that opens the next turn, not an item (0: none): a transcript's at the margin,
        or a chat's message typed line under line (threads.handles). Markdown runs both on into the last item."""
        transcript = self._in_transcript()
        if not (transcript or self.handles):
            return 0
        for number in range(line + 1, end + 1):
            text = self.lines[number - 1]
            if transcript and text[:1].isalpha() and is_turn(text, self.speakers) and not ITEM_MARKER.match(text):
                return number
            if handle_of(text, self.handles):
                return number
        return 0

    def _ask(self, line: str) -> Implicit | None:
        """The step a line of a chat log written as one paragraph moves the transcript on to; a question
        about sizes among the first ("Q: Scale?") still clarifies the requirements."""
        self.turns_seen += is_turn(line, self.speakers)
        asked = prompt(line, self.catalogue, self.designing, self.speakers, self.shown)
        # "Scale?" among the first turns clarifies the requirements; later it asks for the estimate
        early = self.turns_seen <= EARLY_TURNS
        if asked is None or (asked.step == "estimation" and not self.designing and early):
            return None
        self.designing = True  # the pieces are read before any is opened: remember it here
        return asked

    def _opens_transcript(self, text: str) -> bool:
        """A first turn, above every heading, that may already ask for a design step ("Q: whats the main path?")."""
        first = self.exchange.state == "watching" and self.exchange.start < 0 and self.headings == 0
        return first and is_turn(text, self.speakers)

    def _chat_goes_on(self, text: str) -> bool:
        """A turn under a label line of notes that opened as a transcript ("Numbers:" written between
        the turns, or "Tables:" opening the candidate's answer in a doc with Markdown headings): the interview
        goes on there, and its prompts still move it on."""
        labelled = not self.marked or self.stack[-1]["implicit"] in LABEL_KINDS
        return self.chatted and labelled and is_turn(text, self.speakers)

    def is_speaker(self, words: str) -> bool:
        """The words name one of the doc's speakers ("Me", "Interviewer", "Q")."""
        return re.fullmatch(self.speakers.names, words.strip().rstrip(":").strip(), re.IGNORECASE) is not None

    def _in_transcript(self) -> bool:
        """Inside an interview transcript: an opening exchange or a step a prompt moved it on to."""
        return bool(self.stack[-1].get("transcript"))

    def _open_exchange(self, opened: Implicit, blocks: list[Block]) -> None:
        """Move the exchange's blocks (or its summary list) under a section of their own."""
        start = self.exchange.start if opened.level == STEP_LEVEL else len(blocks) - 1
        moved = blocks[start:]
        del blocks[start:]
        self.chatted = True
        # the features agreed are summed up: the talk has moved past the requirements
        self.designing = self.designing or opened.level != STEP_LEVEL
        self.heading(opened.level, opened.title, moved[0].line, label=True, implicit=opened.kind)
        self.stack[-1]["step"] = opened.step
        self.stack[-1]["blocks"].extend(moved)

    def _answer_part(self, text: str) -> Implicit | None:
        """A reply among the requirements that names a part of them after a short acknowledgement ("Me: Got it.
        Non-functional: the locker has to feel instant"): the reply heads that part, as a label line would."""
        among = self.stack[-1].get("step") == "requirements"  # no prompt has moved the talk on yet
        if not among or not self._in_transcript() or from_interviewer(text, self.speakers):
            return None
        found = turn_pattern(self.speakers.names).match(text)
        if found is None:
            return None
        said = text[found.end() - 1 :].split("\n", 1)[0]
        named = run_in(_SHORT_OPENING.sub("", said, count=1), self.catalogue, parts_only=True)
        if named is None or named.step != "requirements":
            return None
        return Implicit(PART_LEVEL, named.title, "run-in", "requirements")

    def _follow(self, kind: str, text: str, line: int) -> None:
        """Follow a transcript through one block: a prompt moves it on to a step ("Interviewer: Numbers?"), a
        design shown puts it past its requirements, and a reply among them may head a part of theirs."""
        opens = kind == "paragraph" and not self._in_transcript() and self._opens_transcript(text)
        if kind == "paragraph" and (opens or self._in_transcript() or self._chat_goes_on(text)):
            asked = prompt(text, self.catalogue, self.designing, self.speakers, self.shown)
            if asked is not None and self.stack[-1].get("step") == "deep-dive" and follows_up(text, self.speakers):
                asked = None  # "Which?" after the options laid out in a dive: the same dive goes on
            # A first question about sizes ("how many players?") clarifies the requirements.
            if asked is not None and not (opens and asked.step == "estimation"):
                self.exchange.state = "done"  # a transcript that asks for a design step is past its requirements
                self.designing = True
                self._implicit(asked, line)  # past the requirements: the transcript moves on to a step
        if kind in ("paragraph", "list", "code") and not self.shown and self._in_transcript():
            self.shown = shows_design(text)
        if kind == "paragraph" and (part := self._answer_part(text)):
            self._implicit(part, line)
