"""Whether latency and availability get a figure (R003, R004); which topics are covered (R002) is in
topics.py.

A target counts when a figure sits beside the topic in the requirements, or a bound ("under 40 ms")
beside the quality's name anywhere else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.feature_asks import features_in_prose
from designlint.checks.named_lines import lines_naming, upper_ends
from designlint.checks.textutil import (
    doc_text_lines,
    preamble,
    requirement_blocks,
    text_lines,
    title,
)
from designlint.checks.waived import waived
from designlint.doc.context import Context
from designlint.doc.document import Section
from designlint.doc.items import opens_item, with_next_sentence
from designlint.findings import Hit

_NAME = {"type": "string", "minLength": 1}
_NAMES = {"type": "array", "items": _NAME, "minItems": 1, "uniqueItems": True}
_COUNT = {"type": "integer", "minimum": 0}
UNQUANTIFIED = {
    "properties": {
        "quality": _NAME,
        "named": _NAME,
        "figure": _NAME,
        "topic": _NAME,
        "bound": _NAME,
        "opening-bound": _NAME,
        "not-targets": _NAME,
    },
    "required": ["quality", "named", "figure", "topic"],
}


# --- R003 / R004 --------------------------------------------------------------


# The targets that show requirements stated in prose: a quality named beside a figure (and a bound).
PROSE_TARGETS = (
    {"named": "latency-named", "figure": "latency-figure", "bound": "target-bound"},
    {"named": "availability-named", "figure": "availability-figure"},
)
# The lists R003 and R004 read a target with (rules/requirements.toml), by the topic R002 counts it under.
TOPIC_TARGETS = {
    "nfr-latency": {**PROSE_TARGETS[0], "topic": "nfr-latency", "not-targets": "latency-not-targets"},
    "nfr-availability": {**PROSE_TARGETS[1], "topic": "nfr-availability", "not-targets": "availability-not-targets"},
}


def target_set(ctx: Context, topic: str) -> bool:
    """The doc sets the topic the target R003 or R004 would read: "30ms p99" covers latency for R002 too."""
    options = TOPIC_TARGETS.get(topic)
    if options is None:
        return False
    if not ctx.step_shown("requirements"):
        return _stated_anywhere(ctx, options)
    return _quantified(ctx, _requirement_lines(ctx), options)


def _requirement_lines(ctx: Context) -> list[tuple[int, str]]:
    """The requirements' text lines, read once per document: R002, R003 and R004 all ask for them."""
    # shared by the rules that ask: none of them changes the list
    return ctx.once(
        "qualities.requirement_lines", lambda: list(text_lines(ctx, [t.block for t in requirement_blocks(ctx)]))
    )


def requirements_in_prose(ctx: Context) -> bool:
    """No requirements step, but the doc states a quality target in its own words ("peers see a change
    within 100 ms, p95", "99.95% for play") or asks for features in its opening (see feature_asks.py): an
    essay, a memo or a transcript asks there. S001 is silent then; R001 says no feature is listed unless the
    opening asks for some, and R003 and R004 judge the targets over the whole text."""
    if ctx.step_shown("requirements"):
        return False
    stated = ctx.once("qualities.in_prose", lambda: any(_stated_anywhere(ctx, target) for target in PROSE_TARGETS))
    return stated or features_in_prose(ctx)


def _stated_anywhere(ctx: Context, options: Mapping[str, Any]) -> bool:
    figure = ctx.terms(options["figure"])
    bound = _bound(ctx, options)
    named, quality = title(ctx)[1], ctx.terms(options["named"])
    return _figure_said([line for line in lines_naming(ctx, options["named"]) if line != named], quality, figure, bound)


# The bound words, and those of them that open their figure ("under", "less than"), where a rule names a bound.
Bound = tuple[re.Pattern[str], re.Pattern[str]]


def _bound(ctx: Context, options: Mapping[str, Any]) -> Bound | None:
    if "bound" not in options:
        return None
    # (a rule set written before the option kept the built-in reading of the bounds that open their figure)
    return ctx.terms(options["bound"]), ctx.terms(options.get("opening-bound", "target-bound-opening"))


def _figure_said(lines: list[str], quality: re.Pattern[str], figure: re.Pattern[str], bound: Bound | None) -> bool:
    """A figure (near a bound, where the rule names one) in a sentence that names the quality or the one after it:
    "We take two, only for availability" sets no target with "if 70 % order" sentences before it on its line."""
    parts = (upper_ends(part) for line in lines for part in _said_of(line, quality))
    return any(figure.search(part) and (bound is None or _bounds(part, figure, bound)) for part in parts)


def _said_of(line: str, quality: re.Pattern[str]) -> Iterator[str]:
    """The sentence naming the quality and the one after it, where a figure said of it stands: in a paragraph of
    prose, "push as the fast path" sets no target with an ack timeout ("within 60 seconds") three sentences on
    (R003 in prose), nor does a long turn's "99.99%" for a quality named sentences later (_beside)."""
    yield from with_next_sentence(line, (found.start() for found in quality.finditer(line)))


_BOUND_REACH = 40  # "p99 for the whole page under 200 ms": a bound and its figure a few words apart, not a line
# A bound that opens a figure ("under", "less than") and stands after one is the next clause's, unless it closes the
# figure right after it: "a decision 15 minutes late costs far less than a wrong one" bounds nothing, where a target
# named after the figure still sets it ("2 s end to end is the p99 goal").
_CLOSING_REACH = 10


def _bounds(line: str, figure: re.Pattern[str], bound: Bound) -> bool:
    """A bound near a figure: "within two kilometres" early in a line bounds no "250,000 times a second" later."""
    figures = [(f.start(), f.end()) for f in figure.finditer(line)]
    words, opening = bound
    return any(_near(b, start, end, opening) for b in words.finditer(line) for start, end in figures)


def _near(bound: re.Match[str], start: int, end: int, opening: re.Pattern[str]) -> bool:
    """The bound stands near the figure between start and end; one that opens its figure closes none far from it."""
    if start - bound.end() > _BOUND_REACH:
        return False
    opens = opening.fullmatch(bound.group().strip()) is not None
    return bound.start() - end <= (_CLOSING_REACH if opens else _BOUND_REACH)


def unquantified(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No line gives the quality a figure: say where it is asked for, or that it never is."""
    if requirements_in_prose(ctx):
        yield from _unquantified_in_prose(ctx, options)
        return
    if not ctx.step_shown("requirements"):
        return  # S001 reports the missing step (a step shown only by a part, "## Not in scope", is judged)
    lines = _requirement_lines(ctx)
    if _quantified(ctx, lines, options):
        return
    named, quality = ctx.terms(options["named"]), options["quality"]
    # a time bound that is no target asks for nothing either ("Upload workflow for Jonas (target: under 5 minutes)")
    asks = [(number, m) for number, line in lines for m in named.finditer(_no_others(ctx, line, options))]
    found = next(((n, m) for n, m in asks if not waived(m.string, m.start(), m.end())), None)
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
        kept = _no_others(ctx, line, options)
        found = next((m for m in named.finditer(kept) if not waived(kept, m.start(), m.end())), None)
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
    opening = [line for n, line in text_lines(ctx, preamble(ctx)) if n != title(ctx)[0]]
    joined = _wrapped_bounds(ctx, lines, options) + _figure_after(ctx, lines, options)
    asked = _targets_only(ctx, opening + [line for _, line in lines] + joined, options)
    if any(_beside(line, figure, topic) for line in asked):
        return True
    bound = _bound(ctx, options)
    named = _targets_only(ctx, lines_naming(ctx, options["named"]), options)
    return _figure_said(named, ctx.terms(options["named"]), figure, bound)


def _beside(line: str, figure: re.Pattern[str], topic: re.Pattern[str]) -> bool:
    """The topic named in a sentence of the line that gives a figure, or in the sentence just before it: a long turn
    of a transcript holds many asks, and a figure given for one quality ("99.99%, about 52 minutes a year") sets no
    target for another named sentences later ("latency matters less")."""
    if not (figure.search(line) and topic.search(line)):
        return False
    return any(figure.search(part) for part in _said_of(line, topic))


def _wrapped_bounds(ctx: Context, lines: list[tuple[int, str]], options: Mapping[str, Any]) -> list[str]:
    """A bound ending one line and its figure opening the next ("... must load in under" over "2s. and during an
    incident ..."), joined: a target wrapped at a line break."""
    if "bound" not in options:
        return []
    bound, figure = ctx.terms(options["bound"]), ctx.terms(options["figure"])
    return [
        f"{line} {below}"
        for line, below in _adjacent(lines)
        if bound.search(line[-_BOUND_REACH:]) and figure.match(below.lstrip())
    ]


def _figure_after(ctx: Context, lines: list[tuple[int, str]], options: Mapping[str, Any]) -> list[str]:
    """A quality asked at the end of one line and its figure given in the prose running on below it ("... has
    to feel instant, someone is standing at a" over "locker. I'd say under a second from scan to door."), joined.
    A list's next item is a requirement of its own."""
    topic, figure = ctx.terms(options["topic"]), ctx.terms(options["figure"])
    return [
        f"{line} {below}"
        for line, below in _adjacent(lines)
        if not opens_item(below) and topic.search(line) and figure.search(below)
    ]


def _adjacent(lines: list[tuple[int, str]]) -> Iterator[tuple[str, str]]:
    """Each line with the one right below it, where no line was left out between them."""
    for (number, line), (after, below) in itertools.pairwise(lines):
        if after == number + 1:
            yield line, below


_BOUND_REACH = 20  # characters from a line's end where a bound wrapped before its figure sits


def _no_others(ctx: Context, line: str, options: Mapping[str, Any]) -> str:
    """The line with the time bounds that are no target taken out: a person's deadline ("has to confirm within 5
    min"), an expiry ("the claim expires if not picked in 45 min"), an event ("crashed in 40 s")."""
    return ctx.terms(options["not-targets"]).sub(" ", line) if "not-targets" in options else line


def _targets_only(ctx: Context, lines: list[str], options: Mapping[str, Any]) -> list[str]:
    """The lines with the time bounds that are no target taken out (_no_others), and a range of figures read as its
    upper end, the bound it sets ("within 1-2 seconds")."""
    return [_no_others(ctx, upper_ends(line), options) for line in lines]


CHECKS = {
    "unquantified_quality": Check(unquantified, UNQUANTIFIED),
}
