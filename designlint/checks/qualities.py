"""Checks on the qualities a design must have: which topics are covered (R002), and whether
latency and availability get a figure (R003, R004).

A topic counts when the requirements name it in any of their parts, when a section title or
bold label names it, or when a stance anywhere in the doc states it ("strong consistency",
"AP over CP"). A target counts when a figure sits beside the topic in the requirements, or a
bound ("under 40 ms") beside the quality's name anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.highlevel import design_started
from designlint.checks.textutil import (
    doc_low,
    doc_text,
    doc_text_lines,
    is_placeholder,
    preamble,
    requirement_blocks,
    text_lines,
    title,
)
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.findings import Hit
from designlint.lowered import lower_alike

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
NFR_COVERAGE = {"properties": {"topics": _NAMES, "min": _COUNT}}
UNQUANTIFIED = {
    "properties": {"quality": _NAME, "named": _NAME, "figure": _NAME, "topic": _NAME, "bound": _NAME},
    "required": ["quality", "named", "figure", "topic"],
}
# "doesn't need to be instant" waives the quality rather than asking for it.
_NEGATED = re.compile(r"(?:\bnot|\bno|\bnever|n't)\b[\w\s]{0,25}$", re.IGNORECASE)
# A negation match is at most 30 characters, so 40 before the term always hold it; searching the
# whole prefix for every term of a line was quadratic.
_NEGATION_REACH = 40
_BOLD = re.compile(r"\*\*([^*\n]{1,40})\*\*|__([^_\n]{1,40})__")
# A heading over workload figures ("Scale assumptions", "Traffic estimates") states no quality.
_WORKLOAD_TITLE = re.compile(r"\b(?:assumptions?|estimat\w*|numbers|math|sizing|figures|calculations?)\b", re.I)


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


def _unasked(ctx: Context) -> bool:
    """No requirements step, but a design: the qualities it holds are the stances it states."""
    return not ctx.outline.step_sections("requirements") and design_started(ctx)


def _outside_estimates(ctx: Context) -> list[tuple[int, str]]:
    """The doc's lines outside its estimate: "100M DAU, peak 3x" there is workload, not a quality asked;
    a target written among the figures ("search p95 < 300ms") is still one."""
    spans = [(s.line, s.end_line) for s in ctx.outline.step_sections("estimation")]
    targets = ctx.terms("nfr-item-figures")
    return [
        (n, line) for n, line in doc_text_lines(ctx) if not any(a <= n <= b for a, b in spans) or targets.search(line)
    ]


def _covered(ctx: Context, topics: list[str], wanted: int) -> list[str]:
    """Topics the requirements (or the problem above them) name, or that a stance anywhere states.

    A topic's "-stance" list, when the vocabulary has one, holds words that name the quality
    itself ("highly available", "consistency"); those count wherever the doc says them. The
    whole doc is searched only when the requirements and labels leave fewer than wanted.
    """
    # Where the doc has a non-functional part, the qualities are asked there: "QR code as backup" in a
    # feature asks for no durability.
    region = _outside_estimates(ctx) if _unasked(ctx) else text_lines(ctx, _nfr_blocks(ctx)[0])
    # The title asks for nothing: "Secrets manager - quick notes" asks for no speed.
    region = [(number, line) for number, line in region if number != title(ctx)[0]]
    asked = "\n".join(line for _, line in region) + "\n" + _labels(ctx)
    low = lower_alike(asked)  # lowered once for all the topics
    # Stop once wanted are found: the rule is then silent, so the rest need not be looked for.
    covered = _first(topics, wanted, lambda topic: ctx.finds(topic, asked, low))
    if len(covered) < wanted:
        rest = [topic for topic in topics if topic not in covered]
        covered += _first(rest, wanted - len(covered), lambda topic: _stance(ctx, topic))
    if len(covered) < wanted:
        rest = [topic for topic in topics if topic not in covered]
        covered += _first(rest, wanted - len(covered), lambda topic: _asked_anywhere(ctx, topic))
    return [topic for topic in topics if topic in covered]


# A line that asks for something: "must be fast for dispatch", "cant go down in a mass casualty event".
_ASKS = re.compile(
    r"\b(?:must|mustn'?t|should(?:n'?t)?|needs? to|has to|have to|can'?t|cannot|can never"
    r"|it'?s (?:critical|key) that)\b",
    re.IGNORECASE,
)


def _asked_anywhere(ctx: Context, topic: str) -> bool:
    """A line outside the requirements asks for the quality in so many words ("must be fast", "cant go down"):
    notes often type their qualities after the numbers, under no label of their own."""
    if not ctx.finds(topic, doc_text(ctx), doc_low(ctx)):
        return False
    terms = ctx.terms(topic)
    return any(terms.search(ask) for _, line in doc_text_lines(ctx) for ask in _asks_in(line))


_ASK_REACH = re.compile(r"^\S*(?:\s+\S+){0,5}")  # the ask and the five words after it: "must be fast for dispatch"


def _asks_in(line: str) -> Iterator[str]:
    """Each ask in the line with the words right after it; a quality named further on is not what it asks."""
    for found in _ASKS.finditer(line):
        reach = _ASK_REACH.match(line[found.end() :].lstrip())
        yield found.group(0) + " " + (reach.group(0) if reach else "")


def _first(topics: list[str], wanted: int, states: Callable[[str], bool]) -> list[str]:
    """The topics that states() holds for, up to the first wanted of them."""
    found: list[str] = []
    for topic in topics:
        if len(found) >= wanted:
            break
        if states(topic):
            found.append(topic)
    return found


def _stance(ctx: Context, topic: str) -> bool:
    stance = f"{topic}-stance"
    return stance in ctx.vocabulary and ctx.finds(stance, doc_text(ctx), doc_low(ctx))




def _labels(ctx: Context) -> str:
    """Short labels anywhere in the doc: titles of sections with content, and bold phrases.

    A quality used as a label ("## Scalability", "round the clock: **Availability**") is a
    stance on it, wherever it sits; a heading left as a prompt is not. One line per label.
    """

    def make() -> str:
        bold = (
            m.group(1) or m.group(2)
            for b in ctx.blocks
            if b.kind in ("paragraph", "list")
            for m in _BOLD.finditer(b.text)
        )
        titles = [
            s.title
            for s in ctx.sections
            if any(not is_placeholder(b.text) for b in s.blocks) and not _WORKLOAD_TITLE.search(s.title)
        ]
        return ctx.catalogue.mend("\n".join(titles + list(bold)))

    return ctx.once("requirements._labels", make)


def _topic_name(topic: str) -> str:
    return topic.removeprefix("nfr-")


def nfr_coverage(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Fewer than min of the non-functional topics are addressed; the message lists the rest."""
    blocks, line = _nfr_blocks(ctx)
    if not any(text.strip() for _, text in text_lines(ctx, blocks)) and not _unasked(ctx):
        return  # nothing written yet, or only prompts: S003 reports those
    topics, wanted = list(options.get("topics", TOPICS)), options.get("min", 3)
    covered = _covered(ctx, topics, wanted)
    if len(covered) < wanted:
        missing = [_topic_name(t) for t in topics if t not in covered]
        found = ", ".join(_topic_name(t) for t in covered) or "none"
        args = {"count": len(covered), "min": wanted, "covered": found, "missing": ", ".join(missing)}
        yield Hit(line, args=args, context=",".join(missing))


# --- R003 / R004 --------------------------------------------------------------


# The targets that show requirements stated in prose: a quality named beside a figure (and a bound).
PROSE_TARGETS = (
    {"named": "latency-named", "figure": "latency-figure", "bound": "target-bound"},
    {"named": "availability-named", "figure": "availability-figure"},
)


def requirements_in_prose(ctx: Context) -> bool:
    """No requirements step, but the doc states a quality target in its own words ("peers see a change
    within 100 ms, p95", "99.95% for play"): an essay, a memo or a transcript asks there. S001 is silent
    then; R001 says no feature is listed, R003 and R004 judge the targets over the whole text."""
    if ctx.step_shown("requirements"):
        return False
    return ctx.once("qualities.in_prose", lambda: any(_stated_anywhere(ctx, target) for target in PROSE_TARGETS))


def _stated_anywhere(ctx: Context, options: Mapping[str, Any]) -> bool:
    figure = ctx.terms(options["figure"])
    bound = ctx.terms(options["bound"]) if "bound" in options else None
    named = title(ctx)[1]
    return any(
        figure.search(line) and (bound is None or bound.search(line)) and line != named
        for line in _lines_naming(ctx, options)
    )


def unquantified(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No line gives the quality a figure: say where it is asked for, or that it never is."""
    if requirements_in_prose(ctx):
        yield from _unquantified_in_prose(ctx, options)
        return
    if not ctx.step_shown("requirements"):
        return  # S001 reports the missing step (a step shown only by a part, "## Not in scope", is judged)
    lines = list(text_lines(ctx, [t.block for t in requirement_blocks(ctx)]))
    if _quantified(ctx, lines, options):
        return
    named, quality = ctx.terms(options["named"]), options["quality"]
    asks = [(number, m) for number, line in lines for m in named.finditer(line)]
    found = next(((n, m) for n, m in asks if not _negated_before(m.string, m.start())), None)
    if found:
        number, match = found
        column = max(ctx.doc.lines[number - 1].find(match.group(0)), 0) + 1
        yield Hit(number, column, args={"quality": quality, "phrase": match.group(0)}, context=match.group(0).lower())
    elif not asks and (any(text.strip() for _, text in lines) or _only_exclusions(ctx)):
        # a waived quality is a stance, not an omission; a step that only says what is left out asks for nothing
        yield Hit(ctx.anchor("requirements"), args={"quality": quality}, variant="unstated", context="unstated")


def _unquantified_in_prose(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """R003/R004 where the requirements are stated in prose: the whole text is where the quality is asked."""
    if _stated_anywhere(ctx, options):
        return
    named = ctx.terms(options["named"])
    for number, line in doc_text_lines(ctx):
        found = next((m for m in named.finditer(line) if not _negated_before(line, m.start())), None)
        if found is not None and number != title(ctx)[0]:
            column = max(ctx.doc.lines[number - 1].find(found.group(0)), 0) + 1
            args = {"quality": options["quality"], "phrase": found.group(0)}
            yield Hit(number, column, args=args, context=found.group(0).lower())
            return
    yield Hit(ctx.anchor("requirements"), args={"quality": options["quality"]}, variant="unstated", context="unstated")


def _only_exclusions(ctx: Context) -> bool:
    """The requirements step is only a list of what is left out ("## Not in this review" above the design)."""
    excluded = ctx.outline.parts.get("scope-exclusions", [])
    sections = ctx.outline.step_sections("requirements")
    return bool(sections) and all(s in excluded and _holds_text(s) for s in sections)


def _holds_text(section: Section) -> bool:
    return any(line.strip() for block in section.all_blocks() for line in block.text.split("\n"))


def _quantified(ctx: Context, lines: list[tuple[int, str]], options: Mapping[str, Any]) -> bool:
    """A figure beside the topic in the requirements, or beside the named quality anywhere.

    Outside the requirements the figure must read as a bound when the rule names a "bound"
    list: "latency under 40 ms" is a target, "a disk seek takes 10 ms" a fact.
    """
    figure, topic = ctx.terms(options["figure"]), ctx.terms(options["topic"])
    # The title asks for nothing: "quick design (timebox 20 min)" sets no latency target.
    opening = [(n, line) for n, line in text_lines(ctx, preamble(ctx)) if n != title(ctx)[0]]
    if any(figure.search(line) and topic.search(line) for _, line in opening + lines):
        return True
    bound = ctx.terms(options["bound"]) if "bound" in options else None
    return any(figure.search(line) and (bound is None or bound.search(line)) for line in _lines_naming(ctx, options))


def _negated_before(line: str, start: int) -> bool:
    return _NEGATED.search(line[max(0, start - _NEGATION_REACH) : start]) is not None


def _lines_naming(ctx: Context, options: Mapping[str, Any]) -> list[str]:
    """Each line of the doc's text that names the quality, found in one pass over the text (once per
    document and list: R003, R004 and the prose reading of the requirements ask alike)."""
    return ctx.once(("qualities.lines_naming", options["named"]), lambda: list(_naming(ctx, options["named"])))


def _naming(ctx: Context, name: str) -> Iterator[str]:
    text, end = doc_text(ctx), -1
    low, lowered = doc_low(ctx), ctx.lowered(name)
    # The lowered text has the same length and line breaks: its spans are text's spans.
    found_in = lowered.finditer(low) if lowered and low is not None else ctx.terms(name).finditer(text)
    for found in found_in:
        if found.start() > end:
            start, end = text.rfind("\n", 0, found.start()) + 1, text.find("\n", found.end())
            end = len(text) if end < 0 else end
            yield text[start:end]


CHECKS = {
    "nfr_coverage": Check(nfr_coverage, NFR_COVERAGE),
    "unquantified_quality": Check(unquantified, UNQUANTIFIED),
}
