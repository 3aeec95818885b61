"""Checks on the deep dives: how many, and whether each weighs options, decides and counts the cost."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.dives import counted_dives, reasoning_dives
from designlint.checks.highlevel import prose_of
from designlint.checks.options import chosen_option, marked_pros_and_cons, titled_weighing
from designlint.checks.statements import Statement, View, statements, view
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.findings import Hit

# --- D001 deep-dive-count -------------------------------------------------------------

DIVE_COUNT = {
    "properties": {
        "min": {"type": "integer", "minimum": 0},
        "max": {"type": "integer", "minimum": 1},
        "min-words": {"type": "integer", "minimum": 0},
        "mention-words": {"type": "integer", "minimum": 1},
        "lead-in-words": {"type": "integer", "minimum": 1},
        "facet-titles": {"type": "string"},
        "flow-titles": {"type": "string"},
        "closing-titles": {"type": "string"},
        "crosscut-titles": {"type": "string"},
    },
}


def dive_count(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too few deep dives to show depth, or so many that none can be deep.

    Only sections that reason count (see checks/dives.py). With no deep-dive step named,
    the sections that follow the architecture stand in for it once there are two of them
    (fewer, and S001 reports the step missing).
    """
    named = bool(ctx.outline.steps.get("deep-dive"))
    candidates, count = counted_dives(ctx, options)
    if not named and len(candidates) < 2:
        return
    titles = ", ".join(f"'{d.title}'" for d in candidates)
    args = {"count": count, "titles": titles, "min": options.get("min", 2), "max": options.get("max", 4)}
    steps = ctx.outline.steps.get("deep-dive", [])
    found_by_content = bool(steps) and all(s.line in ctx.outline.by_content for s in steps)
    if count < args["min"] and not found_by_content:
        # A dive recognised by its content alone hints that its unnamed siblings are dives too.
        yield Hit(ctx.anchor("deep-dive") if named else candidates[0].line, args=args, context=str(count))
    elif count > args["max"]:
        yield Hit(ctx.anchor("deep-dive"), args=args, variant="too-many", context=str(count))


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
    for dive in reasoning_dives(ctx):  # term lists are compiled only once a dive needs them
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
        "mechanisms": {"type": "string"},
        "mechanism-context": {"type": "string"},
        "mechanism-titles": {"type": "string"},
        "skip-steps": {"type": "array", "items": {"type": "string"}},
        "table-rows": {"type": "integer", "minimum": 1},
        "skip-bare": {"type": "boolean"},
        "skip-questions": {"type": "boolean"},
        "paired": {"type": "string"},
        "paired-with": {"type": "string"},
        "table-header": {"type": "string"},
        "excused": {"type": "string"},
        "not-covered": {"type": "string"},
        "marked-pros": {"type": "boolean"},
        "chosen-labels": {"type": "string"},
        "titles": {"type": "string"},
    },
    "required": ["terms"],
}


def design_start(ctx: Context) -> int:
    """The first line of the high-level design or of the deep dives, whichever comes first."""
    lines = [ctx.outline.first_line(step) for step in ("high-level", "deep-dive")]
    return min((line for line in lines if line is not None), default=0)


def _in_design(statement: Statement, skip: tuple[str, ...], start: int) -> bool:
    """A statement of the design: outside the skipped steps that come before the design starts.

    A section that a skipped step's heading words claim after the design has begun
    ("Features and components" at the end) is still part of the design. A doc with no
    design step at all is read whole, its skipped steps aside: a terse note often
    designs under headings nobody would call a design.
    """
    if statement.step not in skip:
        return True
    return bool(start) and statement.line >= start


def _counts(statement: Statement, options: Mapping[str, Any]) -> bool:
    """Long enough to be more than a topic name, and (if asked) not a question."""
    if options.get("skip-bare") and statement.bare:
        return False
    return not (options.get("skip-questions") and statement.question)


def _matching(ctx: Context, design: View, name: str) -> Iterator[Statement]:
    """The design's statements that the list called name finds something in (see View.matching)."""
    return design.matching(ctx.terms(name), ctx.lowered(name))


def _says(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """A statement holds a term, or a mechanism where the doc talks about change.

    The mechanisms are looked for first: their list is short, so a doc that has them in
    context is done before the long list of terms is searched at all.
    """
    return _mechanism_in_context(ctx, design, options) or any(
        _counts(s, options) and not _excused(ctx, s, options) and not _unsaid(ctx, s, options)
        for s in _matching(ctx, design, options["terms"])
    )


def _unsaid(ctx: Context, statement: Statement, options: Mapping[str, Any]) -> bool:
    """A note that the thing was not covered ("ran out of time before failure stuff")."""
    return "not-covered" in options and ctx.terms(options["not-covered"]).search(statement.text) is not None


def _excused(ctx: Context, statement: Statement, options: Mapping[str, Any]) -> bool:
    """Every term the statement holds sits in a phrase of another sense ("retry on a version conflict"
    is how optimistic locking works, not what happens when a part fails)."""
    if "excused" not in options:
        return False
    excused = ctx.terms(options["excused"])
    if not excused.search(statement.text):
        return False
    return ctx.terms(options["terms"]).search(excused.sub(" ", statement.text)) is None


def _mechanism_in_context(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """A mechanism alone may be the base design; it counts where the doc is talking about change."""
    if "mechanisms" not in options:
        return False
    context = _optional_terms(ctx, options, "mechanism-context")
    titles = _optional_terms(ctx, options, "mechanism-titles")
    for statement in _matching(ctx, design, options["mechanisms"]):
        if not _counts(statement, options) or _unsaid(ctx, statement, options):
            continue
        if (context and context.search(statement.text)) or (titles and titles.search(statement.titles)):
            return True
    return False


_MARKS = re.compile("[\u2705\u274c\u2713\u2717\u2714\u2716]")


def _comparison(block: Block, header: re.Pattern[str] | None) -> bool:
    """A table that compares options: options down its first column, across its header, or ticked."""
    if block.kind != "table" or _table_rows(block) < 2:
        return False
    first = block.text.strip().split("\n")[0].strip().strip("|").split("|")[0]
    named = header is not None and header.search(first) is not None
    return named or not first.strip() or _MARKS.search(block.text) is not None


def _design_sections(ctx: Context, skip: tuple[str, ...], start: int) -> Iterator[Section]:
    """Sections outside the skipped steps, or inside them once the design has begun."""
    for section in ctx.sections:
        step = ctx.outline.step_at.get(section.line, "")
        if step not in skip or (start and section.line >= start):
            yield section


def _has_table(ctx: Context, options: Mapping[str, Any], skip: tuple[str, ...], start: int) -> bool:
    header = _optional_terms(ctx, options, "table-header")
    return any(_comparison(b, header) for s in _design_sections(ctx, skip, start) for b in s.blocks)


def _paired(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """Under one heading, one statement lays out options and another says what one costs."""
    if "paired" not in options:
        return False
    laid_out = {s.titles for s in _matching(ctx, design, options["paired"])}
    return bool(laid_out) and any(s.titles in laid_out for s in _matching(ctx, design, options["paired-with"]))


def _something_to_judge(ctx: Context) -> bool:
    """Something to judge: a design step, or at least a line of prose (an empty file says nothing)."""
    return design_start(ctx) > 0 or bool(statements(ctx))


def design_lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The design (every statement outside the skipped steps) never says any of the cue terms.

    A statement counts when it holds one of the terms, or one of the mechanisms in a
    sentence or under a heading that shows the doc is talking about change; statements
    that are bare topic names and questions do not count when the rule says so.
    A comparison table, or a section that lays out options and says what one of them
    costs, counts too when the rule asks for it.
    """
    if not _something_to_judge(ctx):
        return
    skip = tuple(options.get("skip-steps", ("requirements", "estimation")))
    start = design_start(ctx)
    design = view(ctx, f"design:{','.join(skip)}", lambda s: _in_design(s, skip, start))
    if _says(ctx, design, options) or _paired(ctx, design, options):
        return
    if options.get("table-rows") and _has_table(ctx, options, skip, start):
        return
    titles = _optional_terms(ctx, options, "titles")
    if titles is not None and any(titled_weighing(s, titles) for s in _design_sections(ctx, skip, start)):
        return
    facets = _optional_terms(ctx, options, "chosen-labels")
    if facets is not None and chosen_option(ctx, _design_sections(ctx, skip, start), facets):
        return
    if options.get("marked-pros") and marked_pros_and_cons(_design_sections(ctx, skip, start)):
        return
    line = ctx.anchor("deep-dive") if ctx.outline.steps.get("deep-dive") else ctx.anchor("high-level")
    yield Hit(line, context=options["terms"])


CHECKS = {
    "dive_count": Check(dive_count, DIVE_COUNT),
    "dive_lacks": Check(dive_lacks, DIVE_LACKS),
    "design_lacks": Check(design_lacks, DESIGN_LACKS),
}
