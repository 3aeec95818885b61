"""What the section builder knows of an interview transcript while it walks a doc's blocks: who speaks,
whether an opening exchange is under way, and whether a prompt has moved the talk past the requirements.

Kept apart from builder.py, which mixes this in; nothing here reads Markdown.
"""

from __future__ import annotations

from typing import Any

from designlint.catalogue import Catalogue
from designlint.doc.dialogue import Exchange, is_turn, speakers_of
from designlint.doc.implicit import LABEL_KINDS, STEP_LEVEL, Implicit
from designlint.doc.items import ITEM_MARKER
from designlint.doc.model import Block
from designlint.doc.prompts import prompt

EARLY_TURNS = 4


class TranscriptWalk:
    """The transcript state of builder.Builder and the questions it asks of it."""

    lines: list[str]
    catalogue: Catalogue
    stack: list[dict[str, Any]]
    headings: int
    marked: bool

    def __init__(self, lines: list[str]) -> None:
        self.speakers = speakers_of("\n".join(lines))
        self.exchange = Exchange(speakers=self.speakers)
        self.designing = False  # a transcript has moved on past its requirements (prompts.prompt)
        self.shown = False  # the candidate has shown a design in the transcript (prompts.shows_design)
        self.chatted = False  # the doc opened with an exchange (dialogue.Exchange)
        self.turns_seen = 0  # turns of a chat log written as one paragraph, read so far (see _ask)

    def heading(self, level: int, title: str, line: int, label: bool = False, implicit: str = "") -> None:
        raise NotImplementedError  # the builder opens sections

    def _turn_after_items(self, line: int, end: int) -> int:
        """In a transcript, the first line of a list at the margin that opens a turn, not an item (0: none)."""
        if not self._in_transcript():
            return 0
        for number in range(line + 1, end + 1):
            text = self.lines[number - 1]
            if text[:1].isalpha() and is_turn(text, self.speakers) and not ITEM_MARKER.match(text):
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
