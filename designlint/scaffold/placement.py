"""Where `designlint fix` puts each missing step and part, and at which heading level."""

from __future__ import annotations

from dataclasses import dataclass

from designlint.catalogue import Catalogue, Entry
from designlint.doc.document import Document, Section
from designlint.doc.outline import Outline

MAX_LEVEL = 6


@dataclass(frozen=True, slots=True, order=True)
class Insertion:
    """Insert entry's heading (and prompts) after line `after` (0 = before the first line)."""

    after: int
    rank: tuple[int, int]
    entry_id: str
    level: int


def default_level(doc: Document) -> int:
    """The level of a top step heading: below a single H1 title, else that of the top headings."""
    tops = [s for s in doc.root.children if not s.label]
    if len(tops) == 1 and tops[0].level == 1:
        return 2
    return min((s.level for s in tops), default=2)


def _sections_of(outline: Outline, step_id: str) -> list[Section]:
    """The step's own sections and those of its parts, found anywhere in the doc (as S001 and S002 count them)."""
    found = list(outline.steps.get(step_id, []))
    for part_id, sections in outline.parts.items():
        if outline.parent_of.get(part_id) == step_id:
            found += sections
    return sorted(found, key=lambda s: s.line)


def _level(section: Section, fallback: int) -> int:
    return fallback if section.label else min(section.level, MAX_LEVEL)


def plan_steps(doc: Document, catalogue: Catalogue, outline: Outline) -> list[Insertion]:
    """A missing step goes before the first heading of any later step, else after the previous step,
    else at the end: never after a step the framework puts later."""
    steps = catalogue.steps()
    present = {s.id: _sections_of(outline, s.id) for s in steps}
    fallback = default_level(doc)
    plans = []
    for index, step in enumerate(steps):
        if present[step.id]:
            continue
        later = sorted((present[s.id][0] for s in steps[index + 1 :] if present[s.id]), key=lambda s: s.line)
        earlier = [present[s.id] for s in steps[:index] if present[s.id]]
        if later:
            at, level = later[0].line - 1, _level(later[0], fallback)
        elif earlier:
            at = max(s.end_line for sections in earlier for s in sections)
            level = _level(earlier[-1][0], fallback)
        else:
            at, level = len(doc.lines), fallback
        plans.append(Insertion(at, (step.order, 0), step.id, level))
    return plans


def _part_anchor(outline: Outline, part: Entry) -> Section | None:
    """The first section of a part, if it lies inside its own step."""
    sections = [s for s in outline.parts.get(part.id, []) if outline.step_at.get(s.line) == part.parent]
    return sections[0] if sections else None


def _home(outline: Outline, step: Entry) -> tuple[int, int] | None:
    """Where a part of the step goes when no sibling part is near: the end of the step's section
    (one level down), else after the part sections that stand for the step (as their sibling)."""
    home = outline.steps.get(step.id, [])
    if home:
        base = home[0]
        return base.end_line, min(_level(base, MAX_LEVEL - 1) + 1, MAX_LEVEL)
    sections = _sections_of(outline, step.id)
    if not sections:
        return None
    last = max(sections, key=lambda s: s.end_line)
    return last.end_line, _level(last, MAX_LEVEL)


def plan_parts(catalogue: Catalogue, outline: Outline, step: Entry) -> list[Insertion]:
    """Missing parts of a present step: after the previous part, before the next, else at the step's end."""
    home = _home(outline, step)
    if home is None:
        return []
    parts = catalogue.parts(step.id)
    plans = []
    for index, part in enumerate(parts):
        if outline.has(part.id):
            continue
        before = [a for p in parts[:index] if (a := _part_anchor(outline, p))]
        after = [a for p in parts[index + 1 :] if (a := _part_anchor(outline, p))]
        if before:
            at, level = before[-1].end_line, _level(before[-1], home[1])
        elif after:
            at, level = after[0].line - 1, _level(after[0], home[1])
        else:
            at, level = home
        plans.append(Insertion(at, (step.order, index + 1), part.id, level))
    return plans


def plan(doc: Document, catalogue: Catalogue, outline: Outline) -> list[Insertion]:
    """Every insertion, sorted by place, then in catalogue order."""
    plans = plan_steps(doc, catalogue, outline)
    for step in catalogue.steps():
        plans += plan_parts(catalogue, outline, step)
    return sorted(plans)
