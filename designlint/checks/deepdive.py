"""Checks on the deep dives: how many, and whether each weighs options, decides and counts the cost."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.highlevel import design_started, prose_of
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.findings import Hit

# --- D001 deep-dive-count -------------------------------------------------------------

DIVE_COUNT = {
    "properties": {
        "min": {"type": "integer", "minimum": 0},
        "max": {"type": "integer", "minimum": 1},
    },
}


def dive_count(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too few deep dives to show depth, or so many that none can be deep."""
    if not ctx.outline.steps.get("deep-dive"):
        return
    dives = ctx.outline.deep_dives()
    titles = ", ".join(f"'{d.title}'" for d in dives)
    args = {"count": len(dives), "titles": titles, "min": options.get("min", 2), "max": options.get("max", 4)}
    found_by_content = any(s.line in ctx.outline.by_content for s in ctx.outline.steps["deep-dive"])
    if len(dives) < args["min"] and not found_by_content:
        # A dive recognised by its content alone hints that its unnamed siblings are dives too.
        yield Hit(ctx.anchor("deep-dive"), args=args, context=str(len(dives)))
    elif len(dives) > args["max"]:
        yield Hit(ctx.anchor("deep-dive"), args=args, variant="too-many", context=str(len(dives)))


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
    },
    "required": ["terms"],
}


def block_prose(ctx: Context, block: Block) -> str:
    """What a cue search reads in a block: prose for text, nothing for code."""
    return "" if block.kind == "code" else prose_of(ctx, block.text)


def _table_rows(block: Block, header: re.Pattern[str] | None = None) -> int:
    """Data rows of a table; 0 for other blocks, or when a header pattern is given and the first cell misses it."""
    if block.kind != "table":
        return 0
    lines = [line for line in block.text.split("\n") if line.strip().startswith("|")]
    first_cell = lines[0].strip().strip("|").split("|")[0] if lines else ""
    if header is not None and not header.search(first_cell):
        return 0
    return max(0, len(lines) - 2)


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
        if table_rows and _table_rows(block, header) >= table_rows:
            return True
    return False


def _optional_terms(ctx: Context, options: Mapping[str, Any], key: str) -> re.Pattern[str] | None:
    return ctx.terms(options[key]) if key in options else None


def dive_lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A deep dive (with enough prose to judge, and showing the only-if cues) where no cue term appears.

    A table of at least table-rows rows is a comparison: it stands for the only-if cues
    when they are given, else for the terms themselves.
    """
    rows = options.get("table-rows", 0)
    for dive in ctx.outline.deep_dives():  # term lists are compiled only once a dive needs them
        skip = _optional_terms(ctx, options, "skip-titles")
        if _prose_lines(ctx, dive) < options.get("min-lines", 0) or (skip and skip.search(dive.title)):
            continue
        only_if = _optional_terms(ctx, options, "only-if")
        header = _optional_terms(ctx, options, "table-header")
        if only_if is not None and not _dive_says(ctx, dive, only_if, rows, True, header):
            continue
        pattern = ctx.terms(options["terms"])
        says = _dive_says(ctx, dive, pattern, 0 if only_if else rows, options.get("titles", True))
        if not says and not _repeats(ctx, dive, _optional_terms(ctx, options, "repeated")):
            yield Hit(dive.line, args={"title": dive.title}, context=dive.title)


# --- D004 no-tradeoffs, D005 no-failure-modes, D006 no-scaling-path -------------------

DESIGN_LACKS = {
    "properties": {
        "terms": {"type": "string"},
        "skip-steps": {"type": "array", "items": {"type": "string"}},
        "table-rows": {"type": "integer", "minimum": 1},
    },
    "required": ["terms"],
}


def design_start(ctx: Context) -> int:
    """The first line of the high-level design or of the deep dives, whichever comes first."""
    lines = [ctx.outline.first_line(step) for step in ("high-level", "deep-dive")]
    return min((line for line in lines if line is not None), default=0)


def _design_sections(ctx: Context, skip: tuple[str, ...]) -> Iterator[Section]:
    """Sections of the design: all but those of the skipped steps that come before the design starts.

    A section that a skipped step's heading words claim after the design has begun
    ("Features and components" at the end) is still part of the design.
    """
    start = design_start(ctx)
    for section in ctx.sections:
        if ctx.outline.step_at.get(section.line, "") in skip and section.line < start:
            continue
        yield section


def design_lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The design (every section outside the skipped steps) never uses any of the cue terms."""
    if not design_started(ctx):
        return
    pattern = ctx.terms(options["terms"])
    rows = options.get("table-rows", 0)
    for section in _design_sections(ctx, tuple(options.get("skip-steps", ("requirements", "estimation")))):
        if pattern.search(section.title):
            return
        for block in section.blocks:
            if pattern.search(block_prose(ctx, block)) or (rows and _table_rows(block) >= rows):
                return
    line = ctx.anchor("deep-dive") if ctx.outline.steps.get("deep-dive") else ctx.anchor("high-level")
    yield Hit(line, context=options["terms"])


CHECKS = {
    "dive_count": Check(dive_count, DIVE_COUNT),
    "dive_lacks": Check(dive_lacks, DIVE_LACKS),
    "design_lacks": Check(design_lacks, DESIGN_LACKS),
}
