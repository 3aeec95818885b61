"""Checks for the requirements rules: feature count, non-functional coverage and targets, scope.

They read the requirements region (see textutil): the requirements step up to where
the next step begins, each block tagged with its part (functional, non-functional,
scope-exclusions) by heading, bold label or lead-in paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.textutil import (
    Tagged,
    doc_text_lines,
    is_dialogue,
    is_placeholder,
    plain,
    preamble,
    tagged_blocks,
    text_lines,
)
from designlint.context import Context
from designlint.document import Block, Item
from designlint.findings import Hit

TOPICS = [
    "nfr-latency",
    "nfr-availability",
    "nfr-consistency",
    "nfr-durability",
    "nfr-throughput",
    "nfr-scalability",
    "nfr-security",
    "nfr-cost",
]
_NAME = {"type": "string", "minLength": 1}
_NAMES = {"type": "array", "items": _NAME, "minItems": 1, "uniqueItems": True}
_COUNT = {"type": "integer", "minimum": 0}
FUNCTIONAL_COUNT = {"properties": {"min": _COUNT, "max": _COUNT, "nfr-items": _NAME, "nfr-item-figures": _NAME}}
NFR_COVERAGE = {"properties": {"topics": _NAMES, "min": _COUNT}}
UNQUANTIFIED = {
    "properties": {"quality": _NAME, "named": _NAME, "figure": _NAME, "topic": _NAME},
    "required": ["quality", "named", "figure", "topic"],
}
NFR_TENSION = {"properties": {"qualities": _NAME, "tension": _NAME, "stance": _NAME}}
SCOPE = {"properties": {"excluded": _NAME, "narrowed": _NAME}}
SOLUTION = {"properties": {"terms": _NAME, "excused": _NAME}}
_ACTOR = re.compile(r"^\s*(?:the )?(?:service|system|user|it)\s+(?:has|is|should be|must be|needs to be)?\s*", re.I)
# "doesn't need to be instant" waives the quality rather than asking for it.
_NEGATED = re.compile(r"(?:\bnot|\bno|\bnever|n't)\b[\w\s]{0,25}$", re.IGNORECASE)
# A negation match is at most 30 characters, so 40 before the term always hold it; searching the
# whole prefix for every term of a line was quadratic.
_NEGATION_REACH = 40
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def requirement_blocks(ctx: Context, exclude: tuple[str, ...] = ("scope-exclusions",)) -> list[Tagged]:
    return [t for t in tagged_blocks(ctx, "requirements") if t.part not in exclude]


# --- R001 -------------------------------------------------------------------


def _is_quality(item: Item, starts: re.Pattern[str], figures: re.Pattern[str]) -> bool:
    """An item that states a quality ("High availability", "p99 under 200 ms"), not a feature."""
    head = plain(item.text.split("\n")[0])
    return bool(starts.match(_ACTOR.sub("", head, count=1).strip()) or figures.search(head))


def _nested(item: Item) -> int:
    """How many sub-items an item holds (its own lines that are list items)."""
    return sum(1 for line in item.text.split("\n")[1:] if re.match(r"^\s+(?:[*+-]|\d+[.)])\s", line))


def _rows(block: Block) -> int:
    lines = [line for line in block.text.split("\n") if line.strip()]
    return max(len(lines) - 2, 0)


def _feature_lists(ctx: Context) -> list[Block]:
    tagged = requirement_blocks(ctx)
    own = [t.block for t in tagged if t.part == "functional" and t.block.kind in ("list", "table")]
    if own:
        return own
    general = [t.block for t in tagged if not t.part and t.block.kind == "list" and not is_dialogue(t.block)]
    return general[:1]


def _count(blocks: list[Block], starts: re.Pattern[str], figures: re.Pattern[str]) -> tuple[int, int, int]:
    """Top-level features, features once group items are opened up, and items that are not prompts."""
    top = grouped = written = 0
    for block in blocks:
        if block.kind == "table":
            top, grouped, written = top + _rows(block), grouped + _rows(block), written + _rows(block)
            continue
        for item in block.items:
            if is_placeholder(item.text):
                continue
            written += 1
            if not _is_quality(item, starts, figures):
                top += 1
                grouped += max(_nested(item), 1)
    return top, grouped, written


def functional_count(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too few features listed (the problem is not pinned down) or too many (scope not narrowed)."""
    blocks = _feature_lists(ctx)
    if not blocks:
        return
    starts = ctx.terms(options.get("nfr-items", "nfr-item"))
    top, grouped, written = _count(blocks, starts, ctx.terms(options.get("nfr-item-figures", "nfr-item-figures")))
    if not written:
        return  # only prompts so far: S003 reports those
    low, high = options.get("min", 3), options.get("max", 7)
    args = {"count": top, "min": low, "max": high}
    if grouped < low:
        yield Hit(blocks[0].line, args=args, context=blocks[0].text.split("\n")[0].strip())
    elif top > high:
        yield Hit(blocks[0].line, args=args, variant="many", context=blocks[0].text.split("\n")[0].strip())


# --- R002 -------------------------------------------------------------------


def _nfr_blocks(ctx: Context) -> tuple[list[Block], int]:
    """The non-functional part, else the whole requirements step; and where to point."""
    tagged = requirement_blocks(ctx)
    own = [t.block for t in tagged if t.part == "non-functional"]
    if own:
        sections = ctx.outline.parts.get("non-functional", [])
        heads = [s.line for s in sections if s.line <= own[0].line]
        return own, max(heads) if heads else own[0].line
    return preamble(ctx) + [t.block for t in tagged], ctx.anchor("requirements")


def _covered(ctx: Context, blocks: list[Block], topics: list[str]) -> list[str]:
    text = "\n".join(line for _, line in text_lines(ctx, blocks))
    return [topic for topic in topics if ctx.terms(topic).search(text)]


def _topic_name(topic: str) -> str:
    return topic.removeprefix("nfr-")


def nfr_coverage(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Fewer than min of the non-functional topics are addressed; the message lists the rest."""
    blocks, line = _nfr_blocks(ctx)
    if not any(text.strip() for _, text in text_lines(ctx, blocks)):
        return  # nothing written yet, or only prompts: S003 reports those
    topics = list(options.get("topics", TOPICS))
    covered = _covered(ctx, blocks, topics)
    wanted = options.get("min", 3)
    if len(covered) < wanted:
        missing = [_topic_name(t) for t in topics if t not in covered]
        found = ", ".join(_topic_name(t) for t in covered) or "none"
        args = {"count": len(covered), "min": wanted, "covered": found, "missing": ", ".join(missing)}
        yield Hit(line, args=args, context=",".join(missing))


# --- R003 / R004 --------------------------------------------------------------


def _negated_before(line: str, start: int) -> bool:
    return _NEGATED.search(line[max(0, start - _NEGATION_REACH) : start]) is not None


def unquantified(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A quality is named in the requirements but no line about it gives a figure."""
    named, figure, topic = ctx.terms(options["named"]), ctx.terms(options["figure"]), ctx.terms(options["topic"])
    lines = list(text_lines(ctx, [t.block for t in requirement_blocks(ctx)]))
    context = list(text_lines(ctx, preamble(ctx))) + lines
    if any(figure.search(line) and topic.search(line) for _, line in context):
        return
    for number, line in lines:
        found = next((m for m in named.finditer(line) if not _negated_before(line, m.start())), None)
        if found:
            column = max(ctx.doc.lines[number - 1].find(found.group(0)), 0) + 1
            args = {"quality": options["quality"], "phrase": found.group(0)}
            yield Hit(number, column, args=args, context=found.group(0).lower())
            return


# --- R005 ---------------------------------------------------------------------


def _sentences(ctx: Context) -> list[str]:
    """Every sentence of the document's text (code left out), split once per document."""
    return ctx.once("requirements._sentences", lambda: list(_split_sentences(doc_text_lines(ctx))))


def _split_sentences(lines: list[tuple[int, str]]) -> Iterator[str]:
    for _, line in lines:
        yield from (s for s in _SENTENCE.split(line) if s.strip())


def _is_tension(sentence: str, qualities: re.Pattern[str], tension: re.Pattern[str]) -> bool:
    """A trade-off word and two different qualities in one sentence."""
    if not tension.search(sentence):
        return False
    return len({m.group(0).lower()[:5] for m in qualities.finditer(sentence)}) >= 2


def nfr_tension(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No sentence anywhere weighs one non-functional against another, nor takes a CAP stance."""
    if not ctx.outline.step_sections("requirements"):
        return
    qualities = ctx.terms(options.get("qualities", "tension-qualities"))
    tension = ctx.terms(options.get("tension", "nfr-tension"))
    stance = ctx.terms(options.get("stance", "nfr-stance"))
    for sentence in _sentences(ctx):
        if stance.search(sentence) or _is_tension(sentence, qualities, tension):
            return
    yield Hit(ctx.anchor("requirements"), context="requirements")


# --- R006 ---------------------------------------------------------------------


def _says(pattern: re.Pattern[str], lines: Iterable[tuple[int, str]]) -> bool:
    return any(pattern.search(line) for _, line in lines)


def scope_exclusions(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Nothing marks what the design leaves out: no such part, no 'out of scope' wording."""
    if not ctx.outline.step_sections("requirements") or ctx.outline.parts.get("scope-exclusions"):
        return
    tagged = requirement_blocks(ctx, exclude=())
    if any(t.part == "scope-exclusions" for t in tagged):
        return
    if _says(ctx.terms(options.get("excluded", "scope-excluded")), doc_text_lines(ctx)):
        return
    if _says(
        ctx.terms(options.get("narrowed", "scope-narrowed")), text_lines(ctx, preamble(ctx) + [t.block for t in tagged])
    ):
        return
    yield Hit(ctx.anchor("requirements"), context="requirements")


# --- R007 ---------------------------------------------------------------------


def solution_terms(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A named technology in the requirements: the design is chosen before the problem is known."""
    terms = ctx.terms(options.get("terms", "req-technologies"))
    for number, line in text_lines(ctx, [t.block for t in requirement_blocks(ctx)]):
        found = list(dict.fromkeys(m.group(0) for m in terms.finditer(line)))
        if found and not ctx.terms(options.get("excused", "req-technology-excused")).search(line):
            column = max(ctx.doc.lines[number - 1].find(found[0]), 0) + 1
            yield Hit(number, column, args={"tech": ", ".join(found)}, context=found[0].lower())


CHECKS = {
    "functional_count": Check(functional_count, FUNCTIONAL_COUNT),
    "nfr_coverage": Check(nfr_coverage, NFR_COVERAGE),
    "unquantified_quality": Check(unquantified, UNQUANTIFIED),
    "nfr_tension": Check(nfr_tension, NFR_TENSION),
    "scope_exclusions": Check(scope_exclusions, SCOPE),
    "solution_terms": Check(solution_terms, SOLUTION),
}
