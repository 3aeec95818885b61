"""Checks on how a design is told: an overview before the details, and estimates whose inputs are stated.

summary_first looks for one paragraph of prose that gives the reader the whole picture
before any list, table or sub-heading: under the title, in a summary or overview section,
or at the start of the high-level design. It accepts any such paragraph, since telling a
design overview from a problem statement by words alone is guesswork.

assumptions_stated reads each calculation of the estimation step and names the numbers
in its expression that appear nowhere earlier in the doc (neither given in the problem
nor stated as an assumption nor computed before) and are not conversion constants.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.calculations import read_lines
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.estimate.amounts_at import PRICE_PER_SIZE
from designlint.estimate.finder import candidates
from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import Node
from designlint.estimate.sides import Candidate
from designlint.findings import Hit

SUMMARY_FIRST = {
    "properties": {
        "min-words": {"type": "integer", "minimum": 1},
        "headings": {"type": "string", "description": "a vocabulary list of summary-section headings"},
    },
}
ASSUMPTIONS_STATED = {
    "properties": {
        "constants": {"type": "array", "items": {"type": "number"}},
        "hedges": {"type": "string", "description": "a vocabulary list of words that mark a line as an assumption"},
    },
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ENTITY = re.compile(r"&#?\w+;")
_DESCRIPTION = re.compile(r"^\s*(?:description|summary|abstract)\s*[:=]\s*(.+)$", re.MULTILINE | re.IGNORECASE)


def _words(block: Block) -> int:
    return len(_WORD.findall(_ENTITY.sub(" ", block.text)))


def _opens_with_prose(blocks: Iterable[Block], min_words: int) -> bool:
    """The first content block is a paragraph of at least min_words words."""
    for block in blocks:
        if block.kind in ("comment", "html", "rule"):
            continue
        return block.kind in ("paragraph", "quote") and _words(block) >= min_words
    return False


def _described(ctx: Context, min_words: int) -> bool:
    """Front matter whose description, summary or abstract field holds the overview."""
    front = ctx.doc.front_matter
    found = _DESCRIPTION.search(front.text) if front is not None else None
    return found is not None and len(_WORD.findall(found.group(1))) >= min_words


def _summary_sections(ctx: Context, pattern: re.Pattern[str]) -> Iterator[Section]:
    yield from (s for s in ctx.sections if pattern.search(s.title))
    for step in ("requirements", "high-level"):
        yield from ctx.outline.step_sections(step)[:1]


def summary_first(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No paragraph of overview under the title, in a summary section or opening the design."""
    min_words = int(options.get("min-words", 10))
    if not ctx.outline.step_sections("high-level"):
        return  # no design yet to summarise (S001 reports the missing step)
    title = ctx.doc.title
    top = [b for b in ctx.doc.root.blocks] + (list(title.blocks) if title is not None else [])
    if _opens_with_prose(top, min_words) or _described(ctx, min_words):
        return
    pattern = ctx.terms(options.get("headings", "summary-headings"))
    if any(_opens_with_prose(s.blocks, min_words) for s in _summary_sections(ctx, pattern)):
        return
    yield Hit(ctx.anchor())


def _literals(node: Node) -> Iterator[float]:
    """The numbers an expression starts from; 1.5 * 10^9 is one number, a power (64^6) is none."""
    if node.number is not None:
        yield node.number.value
    elif node.op == "^":
        return
    elif node.op == "*" and len(node.parts) == 2 and _power_of_ten(node.parts[1]) is not None:
        scale = _power_of_ten(node.parts[1]) or 1.0
        yield from (value * scale for value in _literals(node.parts[0]))
    else:
        for part in node.parts:
            yield from _literals(part)


def _power_of_ten(node: Node) -> float | None:
    if node.op != "^" or len(node.parts) != 2:
        return None
    base, exponent = (part.number for part in node.parts)
    if base is None or exponent is None or base.value != 10:
        return None
    return float(10.0**exponent.value)


def _key(value: float) -> float:
    return float(f"{value:.4g}") if value else 0.0


def _conventional(value: float, constants: frozenset[float]) -> bool:
    """Time and size conversions, powers of ten and of two from 1,000 up: numbers that need no source."""
    if value in constants or value < 1000:
        return value in constants
    return math.log10(value).is_integer() or math.log2(value).is_integer()


CONSTANTS = (60, 24, 7, 30, 31, 365, 12, 3600, 86400, 86.4, 2.5e6, 2.6e6, 2.592e6, 3.15e7, 3.1536e7, 8, 1024)


def _region(ctx: Context) -> list[tuple[int, int]]:
    return [(s.line, s.end_line) for s in ctx.outline.step_sections("estimation")]


def assumptions_stated(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Numbers a calculation uses that the doc neither gives nor states nor computes before."""
    spans = _region(ctx)
    if not spans:
        return
    constants = frozenset(float(c) for c in options.get("constants", CONSTANTS))
    hedges = ctx.terms(options.get("hedges", "assumption-words"))
    known: set[float] = set()
    last = max(end for _, end in spans)
    lines = read_lines(ctx)  # the numbers as E002 reads them ("86 400" as 86400), read once for both
    for number, text in lines:
        if number > last:
            break
        inside = any(start <= number <= end for start, end in spans)
        found = list(candidates(text, number)) if inside and not hedges.search(text) else []
        if found:
            known.update(_named_before(text, found[0]) | _given_at(text))
            unstated = _unstated(found, known, constants)
            if unstated:
                where = "they come" if len(unstated) > 1 else "it comes"
                yield Hit(number, args={"numbers": ", ".join(unstated), "where": where})
        known.update(_key(t.value) for t in tokenize(text) if t.kind == "num")


def _unstated(found: list[Candidate], known: set[float], constants: frozenset[float]) -> list[str]:
    names: list[str] = []
    for candidate in found:
        if candidate.conversion:
            continue
        for value in _literals(candidate.expression.node):
            if _key(value) in known or _conventional(value, constants) or _derived(value, known):
                continue
            shown = f"{value:,.10g}"
            if shown not in names:
                names.append(shown)
        known.update(_key(v) for v in _literals(candidate.stated.node))
    return names


def _named_before(text: str, first: Candidate) -> set[float]:
    """Numbers the line names before its calculation ("Storage for 10 years: 400 GB x 365 x 10"): stated."""
    start = text.find(first.expression.text)
    if start < 0:  # a bare factor read as the price before it ("× 0.02" as "× $0.02/GB"): found as written
        start = text.find(PRICE_PER_SIZE.sub(lambda price: price["figure"], first.expression.text))
    return {_key(t.value) for t in tokenize(text[:start]) if t.kind == "num"} if start > 0 else set()


# A size or rate given for one thing on the line itself: "At ~16 bytes per row (...) that's ≈ 17.5 GB".
_GIVEN_AT = re.compile(r"\bat\s+(?:~\s*|about\s+|around\s+)?(\d[\d,.]*\s?\S*)\s+(?:per|each|a)\b", re.IGNORECASE)


def _given_at(text: str) -> set[float]:
    """Numbers the line gives for one thing after "at" (see _GIVEN_AT): stated, wherever they sit."""
    return {_key(t.value) for found in _GIVEN_AT.finditer(text) for t in tokenize(found.group(1)) if t.kind == "num"}


def _derived(value: float, known: set[float]) -> bool:
    """value is the product or quotient of two known numbers (300M x 5 read as 1.5B)."""
    if not value:
        return True
    return any(_key(value / a) in known or _key(a / value) in known for a in known if a)


CHECKS: dict[str, Check] = {
    "summary_first": Check(summary_first, SUMMARY_FIRST),
    "assumptions_stated": Check(assumptions_stated, ASSUMPTIONS_STATED),
}
