"""Sections no heading names that stand in for a step: the unnamed sections after the architecture
(each a component the writer goes deep on), or a write-up's topics when it names no step at all.
D001 counts them as dives and S001 takes enough of them for the deep-dive step.
"""

from __future__ import annotations

import re

from designlint.checks.calculations import calculations
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.headings import named_entry
from designlint.doc.implicit import LABEL_KINDS, MARKED_KINDS
from designlint.doc.outline import is_heading, normalize_title, without_note


def implied_sections(ctx: Context, after: str, closing: re.Pattern[str], fallback: bool = True) -> list[Section]:
    """Sections no heading names that follow a step (the architecture): its unnamed siblings after it,
    and its own subsections that name no part ("Candidate generation" under "How it works").

    Write-ups often follow the architecture with a section per component without calling them
    deep dives; closing sections ("Wrap up") are not among them.
    """
    high = ctx.outline.step_sections(after)
    fell_back = not high and fallback
    if fell_back:
        # No section holds that step (notes that draw the design inside another): the sections after
        # the last step before it that one does hold.
        steps = [step.id for step in ctx.catalogue.steps()]
        earlier = steps[: steps.index(after)] if after in steps else []
        found = [ctx.outline.step_sections(step) for step in reversed(earlier)]
        high = next((sections for sections in found if sections), [])
        after = next((step for step in reversed(earlier) if ctx.outline.step_sections(step) == high), after)
    if not high:
        return _topics(ctx, closing) if fallback and not ctx.outline.steps else []
    if fell_back and _only_at_the_end(ctx, high):
        # a doc that names only what it left out, at its end ("Things I skipped on purpose"): its topics
        return _topics(ctx, closing)
    first = high[0]
    if first.level == 0 or first.line in ctx.outline.own_only:
        # the lines above every heading, or under the title taken for the requirements: every section follows them
        siblings = list(first.children)
    else:
        # Its later siblings, and under an unnamed section ("Part A" over "A.4 Endpoints"), the sections
        # after that one too ("Part B").
        siblings = _later_siblings(ctx, first)
        top = _top_unnamed(ctx, first)
        siblings += _later_siblings(ctx, top) if top is not first else []
        # a title written at its sections' level ("##Grafana ..." over "##Results cache"): the design under it
        # is followed by the sections after the title too
        title = ctx.doc.title
        if title is not None and title is not first and _opens(ctx, title) and any(s is first for s in title.walk()):
            siblings += _later_siblings(ctx, title)
    parts = _part_lines(ctx)
    inside = [c for h in high for c in h.children if c.line not in parts and ctx.outline.step_at.get(c.line) == after]
    # "A.4 Storage" holds a part; a dive that shows a record still reasons, but a record's own name over its
    # fields ("jobs" over "- job_id (pk)", "- status") is the data model, whatever prose follows the fields
    named = named_part_lines(ctx) | _record_lines(ctx)
    unnamed = [s for s in siblings if s.line not in ctx.outline.step_at and s.line not in named] + inside
    return sorted((s for s in unnamed if _peer(s, first) and not closing.search(s.title)), key=lambda s: s.line)


def _opens(ctx: Context, title: Section) -> bool:
    """The title is the doc's first line, not a part's heading taken for it ("##My attempt" under a title
    line the parser did not read as one)."""
    front = ctx.doc.front_matter
    return not any(line.strip() for line in ctx.doc.lines[front.end_line if front else 0 : title.line - 1])


def _peer(section: Section, step: Section) -> bool:
    """A heading of the outline, or a bold line beside a step that is itself marked by one: under "What I should
    have said", "**Design I should have drawn**" then "**Failures**" and "**Replies**" are the write-up's
    sections, not lead-ins. A label run into its line ("badges: ...") stays a lead-in."""
    if is_heading(section):
        return True
    same_kind = section.level == step.level and section.implicit == step.implicit != "run-in"
    return bool(step.label and section.label and same_kind)


_OWN_WORDS = 30
_OUTWEIGHS = 2


def implied_dives(ctx: Context, after: str, closing: re.Pattern[str]) -> list[Section]:
    """The dives the unnamed sections after a step stand for (implied_sections, each opened), worked out once
    per document: S001 takes enough of them for the deep-dive step, R006 for a design, D001 counts them."""

    def make() -> list[Section]:
        return [d for s in implied_sections(ctx, after, closing) for d in opened(s)]

    return ctx.once(("implied.dives", after, closing.pattern), make)


def opened(section: Section) -> list[Section]:
    """A section over subsections that carry its text ("What I should have said" over "### Seat holds", "###
    Payment timeouts") holds them as its dives; so does one whose own few lines (a flow told in steps) the
    reasoning below outweighs twice over. Any other section is one itself."""
    heads = [c for c in section.children if not c.label or c.implicit]
    own = _words(section.blocks)
    below = sum(_words(list(c.all_blocks())) for c in heads)
    return heads if len(heads) >= 2 and (own < _OWN_WORDS or below >= _OUTWEIGHS * own) else [section]


def _words(blocks: list[Block] | tuple[Block, ...]) -> int:
    return sum(len(b.text.split()) for b in blocks if b.kind in ("paragraph", "list"))


def _later_siblings(ctx: Context, section: Section) -> list[Section]:
    parent = next((p for p in ctx.doc.root.walk() if any(c is section for c in p.children)), None)
    return [s for s in (parent.children if parent is not None else ()) if s.line > section.line]


def named_part_lines(ctx: Context, only: tuple[str, ...] = ()) -> set[int]:
    """The heading lines of the sections whose heading names a part (not those found by their content),
    of the parts in only when it names some."""
    by_content = ctx.outline.parts_by_content
    parts = [(part, sections) for part, sections in ctx.outline.parts.items() if not only or part in only]
    return {s.line for part, sections in parts for s in sections if (part, s.line) not in by_content}


_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{1,40}")


def _record_lines(ctx: Context) -> set[int]:
    """The heading lines of data-model parts found by their content and titled by one lower-case name."""
    sections = ctx.outline.parts.get("data-model", [])
    return {s.line for s in sections if _IDENTIFIER.fullmatch(s.title.strip())}


def _part_lines(ctx: Context) -> set[int]:
    """The heading lines of the sections that hold a part (an API, a data model...), not a dive."""
    return {s.line for sections in ctx.outline.parts.values() for s in sections}


_OPENING = re.compile(
    r"(?:the )?(?:situation|context|background|problem(?: statement)?|overview|intro(?:duction)?|summary|tl;?dr"
    r"|motivation)"
)


def _only_at_the_end(ctx: Context, sections: list[Section]) -> bool:
    """Every section of every named step comes after all the doc's other headed sections."""
    named = {s.line for found in ctx.outline.steps.values() for s in found}
    first = min(named, default=0)
    return set(named) == {s.line for s in sections} and all(
        s.line < first for s in ctx.sections if s.line not in named and is_heading(s) and s.level > 0 and s.line > 1
    )


def _topics(ctx: Context, closing: re.Pattern[str]) -> list[Section]:
    """In a write-up that names no step at all ("Where the keys live", "Sync and conflicts" under its title),
    its sections are the topics it reasons about: they stand in for the dives."""
    title = ctx.doc.title
    tops = title.children if title is not None and tuple(ctx.doc.root.children) == (title,) else ctx.doc.root.children
    parts = _part_lines(ctx)
    worked = {c.line for c in calculations(ctx)}
    named = [s for s in tops if s.line not in parts and is_heading(s) and not closing.search(s.title)]
    # the situation it starts from and the numbers it works out are no topics it dives into
    return [
        s for s in named
        if not _OPENING.fullmatch(s.title.strip().lower()) and not any(s.line <= n <= s.end_line for n in worked)
    ]


def _top_unnamed(ctx: Context, section: Section) -> Section:
    """The section itself, or the outermost section holding it that no heading names, below the doc's title."""
    path = _path(ctx.doc.root, section) or [section]
    title = ctx.doc.title
    for above in path[:-1]:
        if above.level and above is not title and above.line not in ctx.outline.step_at:
            return above
    return section


def _path(node: Section, target: Section) -> list[Section] | None:
    """The sections from node down to target, both included."""
    if node is target:
        return [node]
    for child in node.children:
        if child.line <= target.line and (found := _path(child, target)):
            return [node, *found]
    return None


def bold_dives(section: Section, facet: re.Pattern[str], whole: tuple[re.Pattern[str], ...] = ()) -> list[Section]:
    """A dive section split by bold lines over their own paragraphs ("**4.1 Event history and replay**"):
    each such part is a dive; bold lines naming a facet of one dive ("**Options**", "**Decision**") are not.
    Beside the topics, parts on the whole system (whole: "**failures**", "**scale**") leave them topics."""
    parts = [c for c in section.children if c.label and not c.implicit and c.blocks and not c.children]
    named = [(c, normalize_title(c.title).rstrip(":")) for c in parts]
    kept = [(c, title) for c, title in named if not any(w.fullmatch(title) for w in whole)]
    topics = [c for c, title in kept if facet.fullmatch(title) is None]
    return topics if len(topics) >= 2 and len(topics) == len(kept) and not section.blocks else [section]


def named_whole(ctx: Context, section: Section) -> bool:
    """The title is a step's or part's name and little else: the name is at least half of it."""
    title = without_note(normalize_title(section.title))
    found = named_entry(title, ctx.catalogue)
    return found is None or found.length * 2 >= len(title)


def claimed_late(ctx: Context, closing: re.Pattern[str]) -> list[Section]:
    """Sections headed as features and something more after the design has begun ("features + freshness" after
    "ranking stages" in a search-ranking sheet, a model's features): the design's, judged as any candidate dive
    is. A heading that only names the features ("must-haves" at the end of a sheet) heads the requirements."""
    begun = [line for line in (ctx.outline.first_line("deep-dive"), ctx.outline.first_line("high-level")) if line]
    if not begun:
        return []
    start = min(begun)
    features = {id(s) for s in ctx.outline.parts.get("functional", []) if not s.implicit}
    late = (s for s in ctx.outline.step_sections("requirements") if s.line > start and not closing.search(s.title))
    return [s for s in late if id(s) in features and not named_whole(ctx, s)]


def label_children(ctx: Context, found: list[Section]) -> list[Section]:
    """Plain-line sections no step claims under a heading typed with no space after its hashes: notes that mix the
    two ("##Booking flow" over "Waitlist promotion", "Notifications") mean one tier, nested only by the level the
    hashes give."""
    marked = (s for s in found if s.implicit in MARKED_KINDS)
    return [c for s in marked for c in s.children if c.implicit in LABEL_KINDS and unstepped(ctx, c)]


def unstepped(ctx: Context, section: Section) -> bool:
    """No step claims the section: a dive's later sibling that names nothing."""
    return ctx.outline.step_at.get(section.line) is None
