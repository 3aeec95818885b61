"""Checks on the deep dives: how many, and whether each weighs options, decides and counts the cost."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.asked_whole import deep_answers
from designlint.checks.base import Check
from designlint.checks.dives import counted_dives, dives_in_design, reasoning_dives, unread_siblings
from designlint.checks.highlevel import prose_of
from designlint.checks.options import chosen_option, data_rows
from designlint.checks.structure import dives_unread
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.thread_asks import said
from designlint.findings import Hit

# --- D001 deep-dive-count -------------------------------------------------------------

DIVE_COUNT = {
    "properties": {
        "min": {"type": "integer", "minimum": 0},
        "max": {"type": "integer", "minimum": 1},
        "min-words": {"type": "integer", "minimum": 0},
        "dives-unread-words": {"type": "integer", "minimum": 0},
        "mention-words": {"type": "integer", "minimum": 1},
        "lead-in-words": {"type": "integer", "minimum": 1},
        "facet-titles": {"type": "string"},
        "flow-titles": {"type": "string"},
        "closing-titles": {"type": "string"},
        "crosscut-titles": {"type": "string"},
        "point-list-titles": {"type": "string"},
    },
}


def dive_count(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too few deep dives to show depth, or so many that none can be deep.

    Only sections that reason count (see checks/dives.py). With no deep-dive step named,
    the sections that follow the architecture stand in for it once there are two of them;
    fewer, and S001 reports the step missing, unless the write-up is long enough that S001
    spares it: then D001 says what it counted.
    """
    named = bool(ctx.outline.steps.get("deep-dive"))
    candidates, counted = counted_dives(ctx, options)
    count = len(counted)
    if not named and (not candidates or len(candidates) < 2 and not dives_unread(ctx, options)):
        return  # S001 says the step is missing (a long write-up it spares is told what was counted)
    # a section holding several dives (lead-ins over their own points) is named once, with how many it holds
    held = [(group[0], len(group)) for _, g in itertools.groupby(counted, key=id) if (group := list(g))]
    shown = [f"'{_shown(d)}'" + (f" ({n})" if n > 1 else "") for d, n in held[:MAX_TITLES_SHOWN]]
    more = len(held) - MAX_TITLES_SHOWN
    titles = ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    args = {"count": count, "titles": titles, "min": options.get("min", 2), "max": options.get("max", 4)}
    steps = ctx.outline.steps.get("deep-dive", [])
    found_by_content = bool(steps) and all(s.line in ctx.outline.by_content for s in steps)
    # ... and only while a sibling the count passed over says something: a TODO or a bare heading is no dive
    found_by_content = found_by_content and unread_siblings(ctx, candidates, options)
    if count < args["min"] and named:
        count += len(dives_in_design(ctx, options, candidates))  # dives under the design's heading
        args["count"] = count
    if count < args["min"]:
        count += deep_answers(candidates)  # a failure or growth asked, and answered at length
        args["count"] = count
    if count < args["min"] and not found_by_content:
        # A dive recognised by its content alone hints that its unnamed siblings are dives too.
        yield Hit(ctx.anchor("deep-dive") if named else candidates[0].line, args=args, context=str(count))
    elif count > args["max"] and not _interviewer_led(candidates):
        yield Hit(ctx.anchor("deep-dive"), args=args, variant="too-many", context=str(count))


MAX_TITLES_SHOWN = 6
SHOWN_WORDS = 6


def _interviewer_led(dives: list[Section]) -> bool:
    """Most dives are the interviewer's asks in a transcript: how many there are was not the writer's choice."""
    return sum(1 for dive in dives if dive.implicit == "prompt") * 2 > len(dives)


def _shown(dive: Section) -> str:
    """A dive's title as the message names it: a thread's comment ("rafa commented") by its opening words."""
    if dive.implicit != "comment":
        return dive.title
    words = said(dive).split()
    return " ".join(words[:SHOWN_WORDS]) + (" ..." if len(words) > SHOWN_WORDS else "") or dive.title


# --- D002 single-option, D003 no-decision ---------------------------------------------

DIVE_LACKS = {
    "properties": {
        "terms": {"type": "string"},
        "only-if": {"type": "string"},
        "repeated": {"type": "string"},
        "skip-titles": {"type": "string"},
        "titles": {"type": "boolean"},
        "table-header": {"type": "string"},
        "table-rows": {"type": "integer", "minimum": 1},
        "min-lines": {"type": "integer", "minimum": 0},
        "chosen-labels": {"type": "string"},
    },
    "required": ["terms"],
}


def block_prose(ctx: Context, block: Block) -> str:
    """What a cue search reads in a block: prose for text, nothing for code."""
    return "" if block.kind == "code" else prose_of(ctx, block.text)


def _prose_lines(ctx: Context, section: Section) -> int:
    return sum(len([x for x in block_prose(ctx, b).split("\n") if x.strip()]) for b in section.all_blocks())


def _repeats(ctx: Context, section: Section, pattern: re.Pattern[str] | None) -> bool:
    if pattern is None:
        return False
    return sum(len(pattern.findall(block_prose(ctx, b))) for b in section.all_blocks()) >= 2


def _dive_says(
    ctx: Context,
    section: Section,
    pattern: re.Pattern[str],
    table_rows: int,
    titles: bool = True,
    header: re.Pattern[str] | None = None,
) -> bool:
    if titles and pattern.search(section.title):
        return True
    for block in section.all_blocks():
        if pattern.search(block_prose(ctx, block)):
            return True
        if table_rows and data_rows(block, header) >= table_rows:
            return True
    return False


def _picks(ctx: Context, dive: Section, options: Mapping[str, Any]) -> bool:
    """The dive lays out its ways under labels and picks one by name (see options.chosen_option)."""
    facets = optional_terms(ctx, options, "chosen-labels")
    return facets is not None and chosen_option(ctx, [dive], facets)


def optional_terms(ctx: Context, options: Mapping[str, Any], key: str) -> re.Pattern[str] | None:
    return ctx.terms(options[key]) if key in options else None


def dive_lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A deep dive (with enough prose to judge, and showing the only-if cues) where no cue term appears.

    A table of at least table-rows rows is a comparison: it stands for the only-if cues
    when they are given, else for the terms themselves.
    """
    rows = options.get("table-rows", 0)
    for dive in reasoning_dives(ctx):  # term lists are compiled only once a dive needs them
        skip = optional_terms(ctx, options, "skip-titles")
        if _prose_lines(ctx, dive) < options.get("min-lines", 0) or (skip and skip.search(dive.title)):
            continue
        only_if = optional_terms(ctx, options, "only-if")
        header = optional_terms(ctx, options, "table-header")
        if only_if is not None and not _dive_says(ctx, dive, only_if, rows, True, header):
            continue
        pattern = ctx.terms(options["terms"])
        says = _dive_says(ctx, dive, pattern, 0 if only_if else rows, options.get("titles", True))
        if not says and not _repeats(ctx, dive, optional_terms(ctx, options, "repeated")) and not _picks(
            ctx, dive, options
        ):
            yield Hit(dive.line, args={"title": dive.title}, context=dive.title)


CHECKS = {
    "dive_count": Check(dive_count, DIVE_COUNT),
    "dive_lacks": Check(dive_lacks, DIVE_LACKS),
}
