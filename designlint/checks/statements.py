"""The design's statements, one per sentence, list line or table row, read once per document.

The design-wide deep-dive rules (D004-D006) ask whether anything in the design says a
thing; they read statements rather than whole blocks so that where a cue sits can count
as much as the cue itself: a bare topic name ("Sharding"), a question left for the
interviewer ("Master-Slave Replicas?") or a list of reference links says nothing about
the design, and a mechanism under a heading about growth means more than the same
word in the base design.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from designlint.checks.highlevel import prose, prose_of
from designlint.doc.context import Context
from designlint.doc.dialogue import Speakers, from_interviewer, speakers_of
from designlint.doc.document import Block, Section
from designlint.doc.headings import normalize_title, without_note
from designlint.doc.labels import alone_label, lone_title, opening_label, title_line
from designlint.doc.noted import as_notes
from designlint.lowered import lower_alike

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z*\[`(])")
_MARKER = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+")
_LINK_ONLY = re.compile(r"^\s*(?:[*+-]|\d+[.)])?\s*\[[^\]]*\]\([^)]*\)\s*[.;,]?\s*$")
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def words(text: str) -> int:
    """How many words the text holds."""
    return len(_WORD.findall(text))
_BARE_WORDS = 5
# Words or signs that say how, or how much, beside a topic's name: "shard by user", "+ 2 read replicas ~30k rps".
_HOW = re.compile(
    r"\b(?:by|across|into|per|over|to|with|when|if|as|beyond|from|on|via|using|at)\b|\d|(?:^|\s)\+\s?\w",
    re.IGNORECASE,
)
_RULE_ROW = re.compile(r"^[\s|:-]*$")
_MAY_SPLIT = re.compile(r"[.!?;]\s")


_BLANK_QUOTED = re.compile(r"^[\s>]*$")


# The statements of a section share their headings, and the rules ask of every statement: each pair is read once.
@lru_cache(maxsize=4096)
def _under(headings: str, titles: re.Pattern[str]) -> bool:
    return any(titles.search(without_note(normalize_title(title))) for title in headings.split("\n") if title)


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the doc says: its text, the line it starts on and the headings above it.

    label is the few words that open its paragraph or list item as a title would ("Scaling: ..."), or "".
    note is the whole paragraph of a line of notes read on its own (see _thoughts), or "": what the paragraph
    says of itself ("(ran out of time, didn't get to how)") holds for each of its lines.
    """

    line: int
    text: str
    titles: str
    step: str
    label: str = ""
    note: str = ""

    def under(self, titles: re.Pattern[str]) -> bool:
        """One of the headings above the statement is, whole, one of the titles (a note in brackets aside)."""
        return _under(self.titles, titles)

    @property
    def question(self) -> bool:
        return self.text.rstrip(" *_)").endswith("?")

    @property
    def words(self) -> int:
        return words(self.text)

    @property
    def bare(self) -> bool:
        """A topic name ("Celebrities", "Viral posts / hot keys"): a few words, none saying how."""
        return self.words < _BARE_WORDS and not _HOW.search(self.text)


@dataclass(frozen=True, slots=True)
class View:
    """Some statements joined into one text, so that a term list is searched once, not once per statement.

    low is the text lower-cased for lowered patterns (designlint/lowered.py), None where they cannot read it.
    """

    text: str
    starts: tuple[int, ...]
    items: tuple[Statement, ...]
    low: str | None

    def matching(self, pattern: re.Pattern[str], lowered: re.Pattern[str] | None = None) -> Iterator[Statement]:
        """Each statement the pattern finds something in, in order, once; lowered, when given, is
        the same list as a lowered pattern, which finds the same spans on low in about half the time."""
        text = self.text
        if lowered is not None and self.low is not None:
            pattern, text = lowered, self.low
        last = -1
        for found in pattern.finditer(text):
            index = bisect.bisect_right(self.starts, found.start()) - 1
            # a match that opens on the join (a term led by "." and a line break) is found in the statement after it
            if found.start() >= self.starts[index] + len(self.items[index].text) and index + 1 < len(self.items):
                index += 1
            if index != last:
                last = index
                yield self.items[index]


# Between statements: a full stop and line breaks, so no cue pattern runs from one statement into the next.
_JOIN = "\n.\n"


def view(ctx: Context, key: str, keep: Callable[[Statement], bool]) -> View:
    """The statements that keep() accepts, joined once per document under key."""

    def make() -> View:
        items = tuple(s for s in statements(ctx) if keep(s))
        starts, at = [], 0
        for item in items:
            starts.append(at)
            at += len(item.text) + len(_JOIN)
        text = _JOIN.join(s.text for s in items)
        return View(text, tuple(starts), items, lower_alike(text))

    return ctx.once(("statements.view", key), make)


def statements(ctx: Context) -> tuple[Statement, ...]:
    """Every statement of the document outside code, with the headings that hold it."""
    return ctx.once("statements", lambda: tuple(_read(ctx)))


def _read(ctx: Context) -> Iterator[Statement]:
    yield from _section(ctx, ctx.doc.root, "", "")


def _section(ctx: Context, section: Section, above: str, step: str) -> Iterator[Statement]:
    titles = f"{above}\n{section.title}" if section.level else above
    step = ctx.outline.step_at.get(section.line, step) if section.level else ""
    lead, lead_line = "", 0  # the label a one-line paragraph gives the block below it, and where that must start
    for block in section.blocks:
        over = lead if not lead_line or block.line == lead_line else ""
        for line, text, label, note in _pieces(ctx, block):
            yield Statement(line, text, titles, step, label or over, note)
        lead, lead_line = _label_over(block)
    # a step that holds only a section's own lines (the requirements under a title) is not its children's
    below = "" if section.line in ctx.outline.own_only else step
    for child in section.children:
        yield from _section(ctx, child, titles, below)


def _label_over(block: Block) -> tuple[str, int]:
    """The label a one-line paragraph gives the block below it, and the line that block must start on (0: any).

    A label alone ("Scaling:") heads the next block whatever lies between; a bare title ("scaling") heads only a
    block right under it, with no blank line between, as a paragraph's first line heads the lines below it. A list
    of one short item ("4) scale" over a list of bullets) is such a line too: Markdown starts a list at its number."""
    if block.kind == "paragraph" and "\n" in block.text:
        # a paragraph opened by a title ("crawler scaling" over "frontier = 1 queue at first") heads the list
        # that goes on right under it: notes whose arrows or dashes Markdown reads as a list
        return title_line(block.text), block.end_line + 1
    if block.kind not in ("paragraph", "list") or "\n" in block.text:
        return "", 0
    alone = alone_label(block.text)
    return (alone, 0) if alone else (lone_title(block.text), block.line + 1)


def _paragraphs(block: Block) -> Iterator[tuple[int, str]]:
    """A quote's paragraphs (split at its blank "> " lines), each with its first line; a paragraph whole."""
    if block.kind != "quote":
        yield block.line, block.text
        return
    start, lines = block.line, list[str]()
    for offset, raw in enumerate(block.text.split("\n")):
        if _BLANK_QUOTED.match(raw):
            if lines:
                yield start, "\n".join(lines)
            start, lines = block.line + offset + 1, list[str]()
        else:
            lines.append(raw)
    if lines:
        yield start, "\n".join(lines)


def _pieces(ctx: Context, block: Block) -> Iterator[tuple[int, str, str, str]]:
    """(line, text, label, note) of each sentence, list line or table row; link-only lines are references.
    The label is the one opening the paragraph or list item the piece belongs to; the note, for a line of
    notes, the paragraph it belongs to."""
    if block.kind in ("code", "html", "comment", "rule"):
        return
    if block.kind == "paragraph" or block.kind == "quote":
        for line, raw in _paragraphs(block):
            label = opening_label(raw.split("\n", 1)[0]) or title_line(raw)
            thoughts = _thoughts(ctx, line, raw)
            note = prose_of(ctx, raw).replace("\n", " ") if len(thoughts) > 1 else ""
            for at, text in thoughts:
                for sentence in _SENTENCE_END.split(text):
                    if sentence.strip():
                        yield at, sentence, label, note
        return
    raws = block.text.split("\n")
    shown = prose_of(ctx, block.text).split("\n")
    if len(shown) != len(raws):  # a link that spans lines: read line by line
        shown = [prose(raw) for raw in raws]
    lines = [(block.line + offset, raw, text) for offset, (raw, text) in enumerate(zip(raws, shown, strict=True))]
    for line, text in _joined(lines) if block.kind == "list" else ((n, t) for n, raw, t in lines if _kept(raw)):
        label = opening_label(raws[line - block.line]) if block.kind == "list" else ""
        text = _MARKER.sub("", text)
        for sentence in _SENTENCE_END.split(text) if _MAY_SPLIT.search(text) else (text,):
            yield line, sentence, label, ""


def _thoughts(ctx: Context, line: int, raw: str) -> list[tuple[int, str]]:
    """(line, text) of each thought of a paragraph: each of its lines in notes, else the paragraph whole."""
    raws = raw.split("\n")
    shown = prose_of(ctx, raw).split("\n")
    if len(shown) != len(raws) or not as_notes(raws):
        return [(line, " ".join(shown))]
    # a title on the first line is the paragraph's label, not a thought of its own ("payment failures")
    first = 1 if title_line(raw) else 0
    return [(line + offset, text) for offset, text in enumerate(shown) if offset >= first and text.strip()]


def _kept(raw: str) -> bool:
    return bool(raw.strip()) and not _LINK_ONLY.match(raw) and not _RULE_ROW.match(raw)


def _joined(lines: list[tuple[int, str, str]]) -> Iterator[tuple[int, str]]:
    """A list's items, each with the lines it wraps onto joined to it ("move a workspace to a" over "dedicated
    index when it crosses a size threshold"): a phrase broken at the writer's line width reads whole."""
    start, parts = 0, list[str]()
    for line, raw, text in lines:
        wraps = parts and not _MARKER.match(raw) and raw[:1] in (" ", "\t") and _kept(raw)
        if wraps:
            parts.append(text.strip())
            continue
        if parts:
            yield start, " ".join(parts)
        start, parts = line, [text] if _kept(raw) else []
    if parts:
        yield start, " ".join(parts)


# Statements back from an answer to the question it answers; an interviewer's turn asks even without a
# question mark ("Q: Now say you get 10x the repos."). An answer may take a few sentences to reach its point
# ("That breaks the small-room assumption. Two things change. ... into one partition per hall").
_ASKED_REACH = 8


def asked_before(ctx: Context, statement: Statement) -> str:
    """The question asked just before the statement under the same headings ("" if none): a Q&A's question."""

    def make() -> dict[tuple[int, str], str]:
        asked: dict[tuple[int, str], str] = {}
        said, speakers = statements(ctx), doc_speakers(ctx)
        for index, item in enumerate(said):
            before = said[max(0, index - _ASKED_REACH) : index]
            questions = [s for s in before if asking(s, speakers) and s.titles == item.titles]
            if questions:  # the whole turn: "Traffic doubles next year. What breaks first?"
                asked[(item.line, item.text)] = " ".join(s.text for s in before if s.line == questions[-1].line)
        return asked

    return ctx.once("statements.asked_before", make).get((statement.line, statement.text), "")


def doc_speakers(ctx: Context) -> Speakers:
    """Who speaks in the doc's transcript, a named interviewer ("Dana: Last thing. ...") among them."""
    return ctx.once("statements.speakers", lambda: speakers_of("\n".join(ctx.doc.lines)))


def asking(statement: Statement, speakers: Speakers) -> bool:
    """A question, or a turn of the one who asks (a statement without a question mark asks too: "Dana: Last thing.
    The club owns three other venues and wants this everywhere next season")."""
    return statement.question or from_interviewer(statement.text, speakers)
