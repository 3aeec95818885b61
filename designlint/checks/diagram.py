"""H005: the high-level design draws its architecture (a box-and-arrow block, a diagram language or an image)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.highlevel import IMAGE, design_started, section_blocks
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.drawing import DrawingRules, is_drawing, is_flow_lines
from designlint.doc.titles import match_heading
from designlint.findings import Hit
from designlint.patterns import compile_pattern

DIAGRAM = {
    "properties": {
        "diagram-languages": {"type": "array", "items": {"type": "string"}},
        "drawing": {"type": "string"},
        "min-drawing-lines": {"type": "integer", "minimum": 1},
        "min-prose-drawing-lines": {"type": "integer", "minimum": 1},
        "image-words": {"type": "string"},
    },
    "required": ["drawing", "image-words"],
}


def _design_section(ctx: Context, section: Section) -> bool:
    step = ctx.outline.step_at.get(section.line, "")
    return step == "high-level" or ctx.outline.holds(section.line, parts=("architecture",))


# An API's calls and their answers ("`send {...}` -> server replies `ack`") and a schema's keys ("user_id -> inbox")
# are drawn with arrows too, but join no parts.
_CALLS_AND_RECORDS = ("api", "data-model")


def _has_diagram_image(ctx: Context, section: Section, block: Block, words: str) -> bool:
    """An image placed in the design, described as a diagram, or too bare to rule out."""
    step = ctx.outline.step_at.get(section.line, "")
    for found in IMAGE.finditer(block.text):
        alt = found.group(1)
        # File names join words with "_" ("high_level_design.png"), which hides them from whole-word terms.
        if _design_section(ctx, section) or ctx.terms(words).search(found.group(0).replace("_", " ")):
            return True
        if ctx.terms(words).search(section.title):
            return True
        if found.group(0).startswith("!") and not (alt or "").strip() and step != "requirements":
            return True  # no alt text: it may well be the architecture, so never guess
    return False


def _titled_requirements(ctx: Context, section: Section) -> bool:
    """The section's title names the requirements, in a doc with a design of its own: arrows there say what
    follows what ("sold in the POS -> quantity goes down", "room -> rack -> bin"), not how the parts connect.
    (Notes whose opening section holds the design as well are not titled so.)"""
    entry = match_heading(section.title, ctx.catalogue) if section.level else None
    return entry is not None and "requirements" in (entry.id, entry.parent)


def diagram(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Nothing draws the architecture: no box-and-arrow code block, diagram language or design image."""
    if not design_started(ctx):
        return
    rules = DrawingRules(
        frozenset(options.get("diagram-languages", ())),
        compile_pattern(options["drawing"], re.MULTILINE),  # time-limited when a config set it
        int(options.get("min-drawing-lines", 2)),
        int(options.get("min-prose-drawing-lines", 3)),
    )
    designed = bool(ctx.outline.steps.get("high-level") or ctx.outline.steps.get("deep-dive"))
    for section, block, step in section_blocks(ctx):
        if designed and step == "requirements" and block.kind != "code" and _titled_requirements(ctx, section):
            continue
        if is_drawing(block, rules) or _has_diagram_image(ctx, section, block, options["image-words"]):
            return
        calls = ctx.outline.holds(section.line, parts=_CALLS_AND_RECORDS)
        if step == "high-level" and not calls and is_flow_lines(block, rules.min_prose_lines):
            return
    yield Hit(ctx.anchor("high-level"), context="diagram")


CHECKS = {"diagram": Check(diagram, DIAGRAM)}
