"""Checks on the shape of a doc: which steps it has, their order, empty sections."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import NO_OPTIONS, Check
from designlint.context import Context
from designlint.document import Block, Section
from designlint.findings import Hit

MISSING_STEP = {
    "properties": {"steps": {"type": "array", "items": {"type": "string"}, "uniqueItems": True}},
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
        if step.id in wanted and ctx.outline.first_line(step.id) is None:
            yield Hit(ctx.anchor(), args={"step": step.title.lower(), "step_id": step.id}, context=step.id)


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


def engine_only(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Rules with this check are reported by the engine itself (read errors, suppressions)."""
    return iter(())


CHECKS = {
    "missing_step": Check(missing_step, MISSING_STEP),
    "step_order": Check(step_order, STEP_ORDER),
    "empty_section": Check(empty_section, EMPTY_SECTION),
    "engine": Check(engine_only, NO_OPTIONS),
}
