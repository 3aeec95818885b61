"""The design's statements, one per sentence, list line or table row, read once per document.

The design-wide deep-dive rules (D004-D006) ask whether anything in the design says a
thing; they read statements rather than whole blocks so that where a cue sits can count
as much as the cue itself: a bare topic name ("Sharding"), a question left for the
interviewer ("Master-Slave Replicas?") or a list of reference links says nothing about
the design, and a mechanism under a heading about growth means more than the same
word in the base design.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from designlint.checks.highlevel import prose_of
from designlint.context import Context
from designlint.document import Block, Section

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z*\[`(])")
_MARKER = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+")
_LINK_ONLY = re.compile(r"^\s*(?:[*+-]|\d+[.)])?\s*\[[^\]]*\]\([^)]*\)\s*[.;,]?\s*$")
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the doc says: its text, the line it starts on and the headings above it."""

    line: int
    text: str
    titles: str
    step: str

    @property
    def question(self) -> bool:
        return self.text.rstrip(" *_)").endswith("?")

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


def statements(ctx: Context) -> tuple[Statement, ...]:
    """Every statement of the document outside code, with the headings that hold it."""
    return ctx.once("statements", lambda: tuple(_read(ctx)))


def _read(ctx: Context) -> Iterator[Statement]:
    yield from _section(ctx, ctx.doc.root, "", "")


def _section(ctx: Context, section: Section, above: str, step: str) -> Iterator[Statement]:
    titles = f"{above}\n{section.title}" if section.level else above
    step = ctx.outline.step_at.get(section.line, step) if section.level else ""
    for block in section.blocks:
        for line, text in _pieces(ctx, block):
            yield Statement(line, text, titles, step)
    for child in section.children:
        yield from _section(ctx, child, titles, step)


def _pieces(ctx: Context, block: Block) -> Iterator[tuple[int, str]]:
    """(line, text) of each sentence, list line or table row; link-only lines are references."""
    if block.kind in ("code", "html", "comment", "rule"):
        return
    if block.kind == "paragraph" or block.kind == "quote":
        text = prose_of(ctx, block.text).replace("\n", " ")
        for sentence in _SENTENCE_END.split(text):
            if sentence.strip():
                yield block.line, sentence
        return
    for offset, raw in enumerate(block.text.split("\n")):
        if raw.strip() and not _LINK_ONLY.match(raw) and not set(raw.strip()) <= set("|-: "):
            for sentence in _SENTENCE_END.split(prose_of(ctx, _MARKER.sub("", raw))):
                yield block.line + offset, sentence
