"""Checks on the shape of a doc: which steps it has, their order, empty sections."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import NO_OPTIONS, Check
from designlint.checks.implied import implied_dives
from designlint.checks.qualities import requirements_in_prose
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.marks import markable
from designlint.findings import Hit

MISSING_STEP = {
    "properties": {
        "steps": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "implied-after": {"type": "object", "additionalProperties": {"type": "string"}},
        "implied-min": {"type": "integer", "minimum": 1},
        "closing-titles": {"type": "string"},
        "dives-unread-words": {"type": "integer", "minimum": 1},
    },
}
STEP_ORDER = NO_OPTIONS
EMPTY_SECTION = {
    "properties": {
        "placeholders": {"type": "string"},
        "include-labels": {"type": "boolean"},
    },
}


def missing_step(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A step of the catalogue that no heading (nor any of its parts) stands for."""
    wanted = options.get("steps") or [step.id for step in ctx.catalogue.steps()]
    for step in ctx.catalogue.steps():
        if step.id not in wanted or ctx.step_shown(step.id) or _implied(ctx, step.id, options):
            continue
        if step.id == "requirements" and requirements_in_prose(ctx):
            continue  # R001, R003 and R004 say what the prose leaves out
        if step.id == "deep-dive" and dives_unread(ctx, options):
            continue
        # The finding's step names the missing one in words, as the message does; its variant is the id.
        name = step.title.lower()
        yield Hit(ctx.anchor(), args={"step": name, "step_id": step.id}, variant=step.id, context=step.id, step=name)


def dives_unread(ctx: Context, options: Mapping[str, Any]) -> bool:
    """A write-up of dives-unread-words or more, with no section read as a dive: it is more likely to go deep
    under headings of its own words (or in prose) than not at all, so S001 does not say the step is missing."""
    limit = options.get("dives-unread-words")
    return limit is not None and sum(len(line.split()) for line in ctx.doc.lines) >= int(limit)


def _implied(ctx: Context, step_id: str, options: Mapping[str, Any]) -> bool:
    """Unnamed sections after the step that precedes this one probably hold it (see
    implied.implied_sections): with at least implied-min of them, the step is not reported missing."""
    before = options.get("implied-after", {}).get(step_id)
    if not before:
        return False
    closing = ctx.terms(options.get("closing-titles", "closing-titles"))
    return len(implied_dives(ctx, before, closing)) >= int(options.get("implied-min", 2))


def step_order(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A step whose first section comes before that of a step the framework puts earlier."""
    seen: list[tuple[str, int]] = []
    for step in ctx.catalogue.steps():
        line = ctx.outline.first_line(step.id, headings_only=True)
        if line is None:
            continue
        later = [(title, at) for title, at in seen if at > line]
        if later:
            title, at = later[0]
            args = {"step": step.title.lower(), "before": title.lower(), "before_line": at}
            yield Hit(line, args=args, context=step.id)
        seen.append((step.title, line))


def _placeholder(ctx: Context, options: Mapping[str, Any]) -> re.Pattern[str]:
    return ctx.terms(options.get("placeholders", "placeholders"))


def _is_placeholder(block: Block, pattern: re.Pattern[str]) -> bool:
    if block.kind == "comment":
        return True
    lines = [line.strip(" \t>*_-+#").strip() for line in block.text.split("\n")]
    return all(not line or pattern.fullmatch(line) for line in lines)


def _is_empty(section: Section, pattern: re.Pattern[str]) -> bool:
    if any(child for child in section.children if not child.label):
        return False
    return all(_is_placeholder(block, pattern) for block in section.all_blocks())


def empty_section(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A heading with nothing under it but whitespace, comments or placeholder text."""
    pattern = _placeholder(ctx, options)
    include_labels = options.get("include-labels", False)
    for section in ctx.sections:
        if section.label and not include_labels:
            continue
        if _is_empty(section, pattern):
            filled = any(True for _ in section.all_blocks())
            yield Hit(
                section.line,
                args={"title": section.title, "what": "only placeholder text" if filled else "nothing"},
                context=section.title,
            )


def unmarked_heading(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Lines read as headings that Markdown does not mark (see implicit.py): once per doc, at the first."""
    lines = ctx.doc.lines
    found = [section for section in ctx.sections if section.implicit and markable(lines, section)]
    if found:
        first, count = found[0], len(found)
        more = f" (and {count - 1} more like it)" if count > 1 else ""
        args = {"title": first.title, "count": count, "more": more, "them": "them" if count > 1 else "it"}
        yield Hit(first.line, args=args, context=first.title)


def engine_only(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Rules with this check are reported by the engine itself (read errors, suppressions)."""
    return iter(())


CHECKS = {
    "missing_step": Check(missing_step, MISSING_STEP),
    "step_order": Check(step_order, STEP_ORDER),
    "empty_section": Check(empty_section, EMPTY_SECTION),
    "unmarked_heading": Check(unmarked_heading, NO_OPTIONS),
    "engine": Check(engine_only, NO_OPTIONS),
}
