"""R001: the features a design must deliver, counted from the requirements.

A feature list is the functional part's list, else the first plain list of the requirements
that is not the workload ("100M tracks", "1B users") nor a list of qualities and constraints.
Each item counts its clauses up to the first that states a quality, so a bullet that packs a
feature and its targets together holds one feature.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import Any

from designlint.checks.base import Check
from designlint.checks.feature_asks import LOAD, features_listed, features_told, introduced_list, is_fact, is_quality
from designlint.checks.placeholders import is_placeholder
from designlint.checks.plain_lists import (
    SENTENCE_END,
    asked_aloud,
    inline_features,
    lettered,
    line_list,
    listed_first,
    listed_in_a_row,
    posed,
)
from designlint.checks.qualities import requirements_in_prose
from designlint.checks.textutil import (
    doc_text_lines,
    is_dialogue,
    is_spoken,
    plain,
    preamble,
    requirement_blocks,
    text_lines,
    title,
    unspoken,
)
from designlint.doc.context import Context
from designlint.doc.document import Block, Item
from designlint.doc.model import row_cells
from designlint.findings import Hit

_NAME = {"type": "string", "minLength": 1}
_COUNT = {"type": "integer", "minimum": 0}
FUNCTIONAL_COUNT = {
    "properties": {
        "min": _COUNT,
        "max": _COUNT,
        "nfr-items": _NAME,
        "nfr-item-figures": _NAME,
        "asked": _NAME,
        "skipped": _NAME,
    }
}
_CLAUSE = re.compile(r";\s*")
# An item that opens with a label of the workload ("volume: 8M wallets x 1.5 tx/day ...") sizes; it asks for nothing.
_WORKLOAD_LABEL = re.compile(r"^\s*(?:volume|scale|traffic|load|usage|size|numbers?)\s*:", re.IGNORECASE)
_LEFT_OUT = re.compile(r"\bout of scope\b|\bnot in scope\b", re.IGNORECASE)
# A list this long whose items are all qualities or figures but one is no feature list.
_MIN_CONSTRAINTS = 3
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")


# --- R001 -------------------------------------------------------------------


def _nested(item: Item) -> int:
    """How many sub-items an item holds (its own lines that are list items)."""
    return sum(1 for line in item.text.split("\n")[1:] if re.match(r"^\s+(?:[*+-]|\d+[.)])\s", line))


def _features(item: Item, starts: re.Pattern[str], figures: re.Pattern[str]) -> int:
    """Features one item holds side by side ("upload a photo; follow a user; see a feed").

    Clauses are judged one by one up to the first that states a quality: a bullet that packs
    a feature and its targets together ("post and read a feed; p99 under 500 ms") holds one
    feature, and what follows a quality explains it ("99.95% available; creators retry").
    """
    head = plain(item.text.split("\n")[0])
    parts = [part for part in _CLAUSE.split(head) if len(part.split()) >= 2] or [head]
    features = 0
    for part in parts:
        first = SENTENCE_END.split(part.strip(), maxsplit=1)[0]
        if is_quality(part, starts, figures) or _WORKLOAD_LABEL.match(first):
            break
        if not _LEFT_OUT.search(first):  # "KYC also out of scope": a clause that excludes lists no feature
            features += 1
    return features


def _rows(block: Block) -> int:
    lines = [line for line in block.text.split("\n") if line.strip()]
    return max(len(lines) - 2, 0)


def _row_texts(block: Block) -> list[str]:
    """A table's data rows, their cells joined by spaces."""
    rows = [line for line in block.text.split("\n") if line.strip()][2:]
    return [" ".join(cell.strip() for cell in row_cells(row)) for row in rows]


def _feature_lists(ctx: Context, facts: Callable[[Block], bool], fact: Callable[[str], bool]) -> list[Block]:
    tagged = requirement_blocks(ctx)
    own = [t.block for t in tagged if t.part == "functional" and t.block.kind in ("list", "table")]
    own = [b for b in own if b.kind == "list" or not facts(b)]  # a table of targets under "Goals" lists none
    own = own or [
        lines for t in tagged if t.part == "functional" and (lines := lettered(t.block) or line_list(t.block))
    ]
    if own:
        return own
    weighed = _weighed_lists(ctx)
    plain_lists = [t.block for t in tagged if not t.part and t.block.kind == "list" and not is_dialogue(t.block)]
    general = [b for b in plain_lists if b.line not in weighed]
    general = general or [items for t in tagged if not t.part and (items := lettered(t.block))]
    # notes typed line by line under "what it does", no bullets: each line is an item unless it wraps prose;
    # where most lines state a quality or a figure ("p99 get < 10ms") they are the requirements at large
    typed = [lines for t in tagged if not t.part and (lines := line_list(t.block, unwrapped=True))]
    general = general or [b for b in typed if sum(1 for item in b.items if fact(item.text)) * 2 < len(b.items)]
    return [b for b in general if not facts(b)][:1]


# An item that weighs an option: "CP (etcd style): one view for all, but a partition stops writes", "+ cheap".
_WEIGHED = re.compile(r"\b(?:but|however|whereas|downside|upside|drawback)\b|^\s*[+\u2212]\s", re.IGNORECASE)


# A lead-in asking which of two ways to go: "CP or AP?", "Push vs pull?"
_EITHER = re.compile(r"\b(?:or|vs\.?|versus)\b[^?.\n]{0,40}\?", re.IGNORECASE)


def _weighed_lists(ctx: Context) -> set[int]:
    """The lines of the requirements' lists that set options against each other: each item weighs one, or
    half of them do under a lead-in asking which way to go ("CP or AP?"). Such a list names no feature.
    Worked out once per document: the feature lists and the silence of R001 both ask."""
    return ctx.once("features.weighed", lambda: _weighed([t.block for t in requirement_blocks(ctx)]))


def _weighed(blocks: list[Block]) -> set[int]:
    weighed = set()
    for before, after in itertools.pairwise([Block("paragraph", 0, 0, ""), *blocks]):
        items = [item for item in after.items if item.text.strip()] if after.kind == "list" else []
        weighing = sum(1 for item in items if _WEIGHED.search(item.text))
        asked = _EITHER.search(before.text.rsplit("\n", 1)[-1]) is not None
        if len(items) >= 2 and (weighing == len(items) or asked and 2 * weighing >= len(items)):
            weighed.add(after.line)
    return weighed


def _workload(block: Block) -> bool:
    """A list of workload figures ("1B users", "~40 mails received / user / day"): the assumptions of the
    estimate, no features (a target such as "reads under 100 ms" is a quality, counted elsewhere)."""
    items = [item for item in block.items if item.text.strip()] if block.kind == "list" else []
    return bool(items) and sum(1 for item in items if LOAD.search(item.text.split("\n")[0])) * 2 > len(items)


def _constraints(block: Block, starts: re.Pattern[str], figures: re.Pattern[str]) -> bool:
    """A list of workload figures, or of qualities and constraints with at most one item that could be
    a feature ("must add under 5 ms", "SLA 99.99%", "counters may be a little off"): no feature list.

    Such a list opens with a quality; a list that opens with a feature ("Riders request a ride",
    then two targets) lists that feature first, as features usually are.
    """
    if block.kind == "table":  # "| Dimension | Goal |" over latency, volume, availability: targets, not features
        rows = _row_texts(block)
        return len(rows) >= _MIN_CONSTRAINTS and sum(1 for row in rows if not is_fact(row, starts, figures)) <= 1
    items = [item for item in block.items if item.text.strip()] if block.kind == "list" else []
    if _workload(block) or len(items) < _MIN_CONSTRAINTS or not is_fact(items[0].text.split("\n")[0], starts, figures):
        return _workload(block)
    # An item grouping features below it ("1. Calls the merchant back" over how) holds each of them.
    features = sum(max(_nested(item), 1) for item in items if not is_fact(item.text.split("\n")[0], starts, figures))
    return features <= 1


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
            if features := _features(item, starts, figures):
                top += features
                grouped += max(_nested(item), features)
    return top, grouped, written


def functional_count(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too few features listed (the problem is not pinned down) or too many (scope not narrowed)."""
    starts = ctx.terms(options.get("nfr-items", "nfr-item"))
    figures = ctx.terms(options.get("nfr-item-figures", "nfr-item-figures"))
    facts = partial(_constraints, starts=starts, figures=figures)
    fact = partial(is_fact, starts=starts, figures=figures)
    blocks = _feature_lists(ctx, facts, fact)
    if not blocks and _skipped(ctx, options):
        yield _none_hit(ctx)  # the writer says the list was left out: nothing below stands in for it
        return
    if not blocks and requirements_in_prose(ctx):
        # targets stated in prose, no step for the requirements: the features are what is missing, unless
        # the opening sets them out as a list (under a lead-in, after a label, or asked in a row in a
        # sentence before the design: "So the service has to let players create a lobby, join by code, ...")
        if not features_listed(ctx, fact):
            yield _none_hit(ctx, told=features_told(ctx, ctx.terms(options.get("asked", "feature-asks"))))
        return
    if not blocks:
        yield from _none_listed(ctx, ctx.terms(options.get("asked", "feature-asks")), facts, fact)
        return
    top, grouped, written = _count(blocks, starts, figures)
    if not written:
        return  # only prompts so far: S003 reports those
    low, high = options.get("min", 3), options.get("max", 7)
    args = {"count": top, "min": low, "max": high}
    if grouped < low:
        yield Hit(blocks[0].line, args=args, context=blocks[0].text.split("\n")[0].strip())
    elif top > high:
        yield Hit(blocks[0].line, args=args, variant="many", context=blocks[0].text.split("\n")[0].strip())


# Parts of a requirements step that list no features: a step of these alone leaves them to the problem as posed.
_NO_FEATURES = frozenset(("scope-exclusions", "non-functional"))


def _none_listed(
    ctx: Context, asks: re.Pattern[str], facts: Callable[[Block], bool], fact: Callable[[str], bool]
) -> Iterator[Hit]:
    """A written requirements step with no list of features, no transcript, no feature in prose and none set
    out inline after a label (see inline.py)."""
    if _told_in_paragraphs(ctx):
        return
    tagged = requirement_blocks(ctx)
    weighed = _weighed_lists(ctx)
    listed = (t.block for t in tagged if t.block.kind in ("list", "table") and t.part != "non-functional")
    if any(not facts(b) and b.line not in weighed for b in listed):
        return  # a list there may hold the features in a form not read as such: stay silent
    if all(t.part in _NO_FEATURES for t in tagged) and any(posed(b, facts) for b in preamble(ctx)):
        return  # a step of qualities or exclusions alone, under the problem as posed with what users do listed above
    # Features are asked outside the qualities and the workload figures ("... when the peer supports it").
    asked = [t.block for t in tagged if t.part != "non-functional" and not facts(t.block)]
    named = title(ctx)[0]  # the notes' title line names the product; it asks for nothing
    lines = [text for n, text in text_lines(ctx, preamble(ctx) + asked) if text.strip() and n != named]
    kept = [text for _, text in text_lines(ctx, [b for b in asked if b.kind == "paragraph"])]
    if any(_BULLET.match(text) for text in kept):
        return  # bullets the parse kept in a paragraph (indented under a label line) are a list to a reader
    if introduced_list(ctx, preamble(ctx)) or asked_aloud(lines):
        return  # a list under a lead-in above the step ("The functional requirements came from ...:"), or a talk
    said = [text for text in lines if not is_spoken(text)]  # a quiz on the design: its answers ask nothing either
    # features a turn sets out after a label ("Me: Functional then: 1) upload, 2) resume, 3) transcode") are listed
    spoken = [unspoken(text) for text in lines if is_spoken(text)]
    if inline_features(spoken, fact, spoken=True) or inline_features(said, fact) or listed_in_a_row(said):
        return  # set out after a label ("The features are: ...") or asked in a row: a list written as a sentence
    if listed_first(ctx, fact):
        return  # so in the doc's opening, outside the step
    # sentences of what someone can do ("customers can ...") or a user's actions told in a row say what the
    # product is, not which features it must deliver: the labelled write-ups that list none are marked so
    yield _none_hit(ctx, told=any(asks.search(text) for text in said) or features_told(ctx, asks))


def _skipped(ctx: Context, options: Mapping[str, Any]) -> bool:
    """A line says the features were not listed ("skipping the reqs list today")."""
    skipped = ctx.terms(options.get("skipped", "features-skipped"))
    return any(skipped.search(text) for _, text in doc_text_lines(ctx))


def _told_in_paragraphs(ctx: Context) -> bool:
    """An essay's features told in paragraphs under a heading that names them ("**What it actually has to do**"
    over "She enters the teachers first ... then she wants to move a lesson by hand"), the first long enough
    to tell a few, which R001 cannot count; or a requirements step of lead-in lines alone. On hand-labelled
    essays both annotators took such paragraphs for the features, and never paragraphs under the other
    headings of the requirements ("What I actually care about", "The one rule", "How big is this thing?")."""
    sections = ctx.outline.step_sections("requirements")
    if sections and all(s.implicit == "lead" for s in sections):
        return True
    told = [t.block for t in requirement_blocks(ctx) if t.part == "functional"]
    return bool(told) and all(b.kind == "paragraph" for b in told) and len(told[0].text.split()) >= _TOLD_WORDS


_TOLD_WORDS = 40  # two or three sentences: enough to tell a few features, more than a line of targets


def _none_hit(ctx: Context, told: bool = False) -> Hit:
    """No feature listed; told: sentences say what the product does, which a list should set out."""
    return Hit(ctx.anchor("requirements"), args={"count": 0}, variant="told" if told else "none", context="none")


CHECKS = {
    "functional_count": Check(functional_count, FUNCTIONAL_COUNT),
}
