"""Checks on what the whole design says: a trade-off weighed (D004), what happens on failure (D005),
how it grows (D006). Each reads every statement of the design for its kind of phrasing, with the
senses of its words that say something else passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.answers import answered
from designlint.checks.base import Check
from designlint.checks.declines import left_out
from designlint.checks.deepdive import optional_terms
from designlint.checks.followed import in_context
from designlint.checks.growth import grown_under_title
from designlint.checks.options import chosen_option, comparison_table, marked_pros_and_cons, titled_weighing
from designlint.checks.senses import excused, news
from designlint.checks.statements import Statement, View, asked_before, statements, view
from designlint.checks.unsaid import unsaid
from designlint.doc.context import Context
from designlint.doc.document import Section
from designlint.doc.outline import is_heading
from designlint.findings import Hit

# --- D004 no-tradeoffs, D005 no-failure-modes, D006 no-scaling-path -------------------

DESIGN_LACKS = {
    "properties": {
        "terms": {"type": "string"},
        "mechanisms": {"type": "string"},
        "mechanism-context": {"type": "string"},
        "mechanism-titles": {"type": "string"},
        "mechanism-asked": {"type": "boolean"},
        "answers": {"type": "string"},
        "skip-steps": {"type": "array", "items": {"type": "string"}},
        "skip-titles": {"type": "string"},
        "table-rows": {"type": "integer", "minimum": 1},
        "skip-bare": {"type": "boolean"},
        "skip-questions": {"type": "boolean"},
        "paired": {"type": "string"},
        "paired-with": {"type": "string"},
        "labelled": {"type": "string"},
        "table-header": {"type": "string"},
        "table-for": {"type": "string"},
        "table-against": {"type": "string"},
        "excused": {"type": "string"},
        "not-covered": {"type": "string"},
        "in-requirements": {"type": "string"},
        "beyond-title": {"type": "boolean"},
        "marked-pros": {"type": "boolean"},
        "chosen-labels": {"type": "string"},
        "titles": {"type": "string"},
        "growth-more": {"type": "string"},
    },
    "required": ["terms"],
}


def design_start(ctx: Context) -> int:
    """The first line of the high-level design or of the deep dives, whichever comes first; in notes naming
    neither, the first section after the requirements or the estimate that belongs to no step (a decision
    log's "storage backend" after its "rough sizing"), so a sizing revisited after it is design too.

    Worked out once per document: D004-D006 and the sentence checks each ask."""
    return ctx.once("design.start", lambda: _design_start(ctx))


def _design_start(ctx: Context) -> int:
    lines = [ctx.outline.first_line(step) for step in ("high-level", "deep-dive")]
    found = min((line for line in lines if line is not None), default=0)
    if found:
        return found
    early = [ctx.outline.first_line(step) for step in ("requirements", "estimation")]
    after = min((line for line in early if line is not None), default=0)
    steps = ctx.outline.step_at
    later = (s.line for s in ctx.sections if after and s.line > after and s.line not in steps and is_heading(s))
    return next(later, 0)


def _opening_end(ctx: Context, skip: tuple[str, ...]) -> int:
    """Where a doc's opening ends when a skipped step (the requirements) follows it: 0 when none does."""
    if "requirements" not in skip:
        return 0
    return ctx.outline.first_line("requirements") or 0


def _opens(statement: Statement, end: int, titled: bool) -> bool:
    """The statement is the opening's, above the requirements and under no heading but the title (titled: one
    heading holds the whole doc): it tells the problem as it stands ("paper stamp cards get lost / faked"), not the
    design. Sections headed before the requirements ("Alternatives", "Decision" in a decision record) are the
    design's, in a doc with no title heading too ("7. Technic and operation" above a closing "Not part of this")."""
    return statement.line < end and sum(1 for title in statement.titles.split("\n") if title.strip()) <= int(titled)


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
    return (
        _mechanism_in_context(ctx, design, options)
        or any(_said(ctx, s, options) for s in _matching(ctx, design, options["terms"]))
        or _asked_with_mechanism(ctx, options)
        or answered(ctx, design, options)
        or grown_under_title(ctx, design, options, design_start(ctx))
    )


def _asked_with_mechanism(ctx: Context, options: Mapping[str, Any]) -> bool:
    """A requirement that names how the design behaves ("store down => fail open, gateways fall back to a
    local limit"), read with the rule's stricter list for the requirements (option "in-requirements")."""
    if "in-requirements" not in options:
        return False
    asked = view(ctx, "requirements-only", lambda s: s.step == "requirements")
    return any(_said(ctx, s, options) for s in _matching(ctx, asked, options["in-requirements"]))


def _said(ctx: Context, statement: Statement, options: Mapping[str, Any]) -> bool:
    """The statement says it: not a bare topic or a question, not another sense, not a note of
    what was left out, not only the doc's own subject."""
    return _says_it(ctx, statement, options, options["terms"])


def _says_it(ctx: Context, statement: Statement, options: Mapping[str, Any], found_by: str) -> bool:
    """_said for a statement the list called found_by found; a part the doc sets aside is none of the design's
    (read only for the few statements a list finds: asked of every statement, it cost a third of a cold run)."""
    if not _counts(statement, options) or excused(ctx, statement, options, found_by) or left_out(ctx, statement):
        return False
    return not unsaid(ctx, statement, options) and news(ctx, statement, options, found_by)


def _mechanism_in_context(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """A mechanism alone may be the base design; it counts where the doc is talking about change."""
    if "mechanisms" not in options:
        return False
    context = optional_terms(ctx, options, "mechanism-context")
    titles = optional_terms(ctx, options, "mechanism-titles")
    order = {id(statement): index for index, statement in enumerate(design.items)}
    for statement in _matching(ctx, design, options["mechanisms"]):
        if not _says_it(ctx, statement, options, options["mechanisms"]):
            continue
        if context and in_context(ctx, context, design, order[id(statement)]):
            return True
        if titles and _titled(ctx, statement, titles, options):
            return True
        # the question it answers heads it as a title would ("Q: Scale to 20M meters?" over "add brokers"), or
        # talks about change ("Say this goes national, roughly twenty times the volume." over "shard by authority")
        if options.get("mechanism-asked") and _asked_about(asked_before(ctx, statement), titles, context):
            return True
    return False


def _asked_about(asked: str, *lists: re.Pattern[str] | None) -> bool:
    return bool(asked) and any(terms is not None and terms.search(asked) is not None for terms in lists)


def _titled(ctx: Context, statement: Statement, titles: re.Pattern[str], options: Mapping[str, Any]) -> bool:
    """A heading above the statement, or the label opening its paragraph ("Scaling: shard by user"), is a title;
    a label titles only the mechanism after it ("Reads vs writes: reads are 90%" weighs nothing)."""
    if titles.search(statement.titles) is not None:
        return True
    if not statement.label or titles.search(statement.label) is None:
        return False
    said = statement.text.replace(statement.label, " ", 1)
    return ctx.terms(options["mechanisms"]).search(said) is not None


def _design_sections(ctx: Context, skip: tuple[str, ...], start: int) -> Iterator[Section]:
    """Sections outside the skipped steps, or inside them once the design has begun."""
    for section in ctx.sections:
        step = ctx.outline.step_at.get(section.line, "")
        if step not in skip or (start and section.line >= start):
            yield section


def _has_table(ctx: Context, options: Mapping[str, Any], skip: tuple[str, ...], start: int) -> bool:
    header = optional_terms(ctx, options, "table-header")
    found = (optional_terms(ctx, options, "table-for"), optional_terms(ctx, options, "table-against"))
    sides = tuple(side for side in found if side is not None)
    return any(comparison_table(b, header, sides) for s in _design_sections(ctx, skip, start) for b in s.blocks)


def _paired(ctx: Context, design: View, options: Mapping[str, Any]) -> bool:
    """Under one heading, one statement lays out options and another says what one costs; or two ways named as a
    label ("Push vs pull:"), what one costs and the way taken ("Going with push"), a pick being what a bare
    comparison lacks."""
    if "paired" not in options:
        return False
    costs = {s.titles for s in _matching(ctx, design, options["paired-with"])}
    if costs & {s.titles for s in _matching(ctx, design, options["paired"]) if not left_out(ctx, s)}:
        return True
    # the options named by the heading over them ("detection -- options", "Storage options") beside a cost
    laid_out = ctx.terms(options["paired"])
    if any(laid_out.search(titles) for titles in costs):
        return True
    if "labelled" not in options or "mechanism-context" not in options:
        return False
    labelled = costs & {s.titles for s in _matching(ctx, design, options["labelled"])}
    return bool(labelled & {s.titles for s in _matching(ctx, design, options["mechanism-context"])})


def _something_to_judge(ctx: Context) -> bool:
    """Something to judge: a design step, or at least a line of prose (an empty file says nothing)."""
    return design_start(ctx) > 0 or bool(statements(ctx))


def _redone_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where a retro redoes its design under a look-back title (doc/redone.py): design, whatever the title."""
    return [(s.line, s.end_line) for s in ctx.outline.redone]


def _set_aside(statement: Statement, aside: re.Pattern[str] | None, redone: list[tuple[int, int]]) -> bool:
    """Under a title the rule reads no statement under (a retro's lessons), and no redone design."""
    if aside is None or not statement.under(aside):
        return False
    return not any(first <= statement.line <= last for first, last in redone)


def design_lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The design (every statement outside the skipped steps) never says any of the cue terms.

    A statement counts when it holds one of the terms, or one of the mechanisms in a
    sentence or under a heading that shows the doc is talking about change; statements
    that are bare topic names and questions do not count when the rule says so.
    A comparison table, or a section that lays out options and says what one of them
    costs, counts too when the rule asks for it.
    """
    # worked out once per document and options: R002 asks D006's reading for scalability before D006 runs
    yield from ctx.once(("design.lacks", repr(sorted(options.items()))), lambda: list(_lacks(ctx, options)))


def _lacks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    if not _something_to_judge(ctx):
        return
    skip = tuple(options.get("skip-steps", ("requirements", "estimation")))
    start = design_start(ctx)
    # what a retro takes from the round ("Lessons": "practise cache failure") is no part of the design
    aside = optional_terms(ctx, options, "skip-titles")
    key = f"design:{','.join(skip)}:{options.get('skip-titles', '')}"
    redone = _redone_spans(ctx)
    opening, one_title = _opening_end(ctx, skip), len(ctx.doc.root.children) == 1
    design = view(
        ctx,
        key,
        lambda s: _in_design(s, skip, start) and not _opens(s, opening, one_title) and not _set_aside(s, aside, redone),
    )
    if _says(ctx, design, options) or _paired(ctx, design, options):
        return
    if options.get("table-rows") and _has_table(ctx, options, skip, start):
        return
    titles = optional_terms(ctx, options, "titles")
    # a section so titled before the design begins ("## Scale" over the numbers) sizes the load, it grows nothing
    titled = (s for s in _design_sections(ctx, skip, start) if not start or s.line >= start)
    if titles is not None and any(titled_weighing(s, titles) for s in titled):
        return
    facets = optional_terms(ctx, options, "chosen-labels")
    if facets is not None and chosen_option(ctx, _design_sections(ctx, skip, start), facets):
        return
    if options.get("marked-pros") and marked_pros_and_cons(_design_sections(ctx, skip, start)):
        return
    line = ctx.anchor("deep-dive") if ctx.outline.steps.get("deep-dive") else ctx.anchor("high-level")
    yield Hit(line, context=options["terms"])


CHECKS = {
    "design_lacks": Check(design_lacks, DESIGN_LACKS),
}
