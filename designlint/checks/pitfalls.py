"""Checks for pitfalls that span steps: sizing the design to the numbers, breadth before depth, and
estimates that the design never uses (choices without reasons: unreasoned.py)."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks import figures
from designlint.checks.base import NO_OPTIONS, Check
from designlint.checks.sentences import design_units
from designlint.doc.context import Context
from designlint.doc.document import Section
from designlint.findings import Hit


def estimate(ctx: Context) -> list[figures.Figure]:
    """The rates and sizes stated in the estimation step (code blocks included), read once per document."""
    return ctx.once("pitfalls.estimate", lambda: _estimate(ctx))


def _estimate(ctx: Context) -> list[figures.Figure]:
    lines: list[tuple[int, str]] = []
    for block in ctx.step_blocks("estimation"):
        text = block.text if block.kind == "code" else block.text.replace("*", "")
        lines.extend((block.line + i, line) for i, line in enumerate(text.split("\n")))
    return figures.read_figures(lines)


# --- P001 over-engineering, P002 under-engineering ---------------------------------------

OVER_ENGINEERING = {
    "properties": {
        "max-qps": {"type": "number", "exclusiveMinimum": 0},
        "max-storage-tb": {"type": "number", "exclusiveMinimum": 0},
        "peak-factor": {"type": "number", "minimum": 1},
        "machinery": {"type": "string"},
        "reasons": {"type": "string"},
    },
    "required": ["machinery", "reasons"],
}


def _small(ctx: Context, options: Mapping[str, Any]) -> float | None:
    """The doc's peak rate when it and the stored data are both small; None otherwise or unknown."""
    read = estimate(ctx)
    peak = figures.peak_rate(read, options.get("peak-factor", 3.0))
    size = figures.top_size(read)
    if peak is None or peak >= options.get("max-qps", 1000):
        return None
    if size is not None and size >= options.get("max-storage-tb", 10) * 1e12:
        return None
    return peak


def over_engineering(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Heavy machinery proposed, with no reason given, for a load one machine could carry."""
    peak = _small(ctx, options)
    if peak is None:
        return
    machinery = ctx.terms(options["machinery"])
    found: dict[str, int] = {}
    for line, sentence, lead in design_units(ctx):
        for match in machinery.finditer(sentence):
            reasons = ctx.terms(options["reasons"])
            if not reasons.search(sentence) and not reasons.search(lead):
                found.setdefault(match.group(0).lower(), line)
    if found:
        args = {"what": ", ".join(found), "qps": figures.human(peak)}
        yield Hit(min(found.values()), args=args, context=",".join(found))


UNDER_ENGINEERING = {
    "properties": {
        "qps-per-server": {"type": "number", "exclusiveMinimum": 0},
        "servers": {"type": "number", "minimum": 1},
        "scaling": {"type": "string"},
        "diagram-languages": {"type": "array", "items": {"type": "string"}},
        "drawing": {"type": "string"},
    },
    "required": ["scaling"],
}


def _drawings(ctx: Context, options: Mapping[str, Any]) -> list[str]:
    """The text of every diagram drawn in a code block: a diagram language, or two lines of boxes and arrows."""
    if "drawing" not in options:
        return []
    languages = set(options.get("diagram-languages", ()))
    drawing = re.compile(options["drawing"], re.MULTILINE)

    def read() -> list[str]:
        found = []
        for block in ctx.blocks:
            language = block.info.split()[0].lower() if block.kind == "code" and block.info else ""
            if block.kind == "code" and (language in languages or len(drawing.findall(block.text)) >= 2):
                found.append(block.text)
        return found

    return ctx.once(("pitfalls.drawings", options["drawing"]), read)


def under_engineering(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A load many servers' worth, yet no cache, replica or horizontal scaling anywhere in the design."""
    top = figures.top_rate(estimate(ctx))
    per_server = options.get("qps-per-server", 1000)
    if top is None or top < per_server * options.get("servers", 10):
        return
    scaling = ctx.terms(options["scaling"])
    if any(scaling.search(sentence) for _, sentence, _ in design_units(ctx)):
        return
    if any(scaling.search(text) for text in _drawings(ctx, options)):
        return  # a cache or replica drawn in the diagram is in the design, written or not
    args = {"qps": figures.human(top), "servers": figures.human(top / per_server)}
    yield Hit(ctx.anchor("high-level") if ctx.outline.has("high-level") else ctx.anchor("estimation"), args=args)


# --- P003 deep-before-broad ---------------------------------------------------------------

DEEP_BEFORE_BROAD = NO_OPTIONS


def _piece_lines(ctx: Context) -> dict[str, int]:
    """Where each piece of the high-level design first appears, outside the deep dives.

    A part found inside a deep dive (an API sketched while diving into one flow) belongs
    to that dive, not to a high-level design laid out late.
    """
    pieces = {}
    for part in ("api", "data-model", "architecture"):
        sections = [s for s in ctx.outline.parts.get(part, []) if ctx.outline.step_at.get(s.line) != "deep-dive"]
        if sections:
            pieces[part] = min(s.line for s in sections)
    return pieces


def deep_before_broad(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The first deep dive starts while a piece of the high-level design is still to come."""
    dives = ctx.outline.deep_dives()
    high = ctx.outline.first_line("high-level")
    if not dives or high is None:
        return
    first = min(dives, key=lambda d: d.line)
    if high > first.line:
        return  # the whole step comes later: S002 (step order) reports that
    late = {piece: line for piece, line in _piece_lines(ctx).items() if line > first.line}
    late.update(_late_overview(ctx, first))
    if late:
        names = ", ".join(f"{piece.replace('-', ' ')} at line {line}" for piece, line in sorted(late.items()))
        yield Hit(first.line, args={"title": first.title, "late": names}, context=first.title)


def _late_overview(ctx: Context, first: Section) -> dict[str, int]:
    """A high-level design heading that only comes after the first dive is a late architecture."""
    later = [s.line for s in ctx.outline.steps.get("high-level", []) if s.line > first.line]
    return {"architecture": min(later)} if later and "architecture" not in ctx.outline.parts else {}


# --- P006 figures-not-used ------------------------------------------------------------------

FIGURES_USED = {
    "properties": {"references": {"type": "string"}, "tolerance": {"type": "number", "minimum": 0}},
    "required": ["references"],
}


def _matches(value: float, stated: list[float], tolerance: float) -> bool:
    """Some figure of stated (sorted; those under 10 ignored) within tolerance of value.

    |value - f| <= tolerance * f bounds f to [value / (1 + t), value / (1 - t)]: one bisection,
    where trying every figure for every number of the design was quadratic.
    """
    if not math.isfinite(value):
        return False
    low = max(value / (1 + tolerance), 10.0)
    high = value / (1 - tolerance) if tolerance < 1 else math.inf
    index = bisect.bisect_left(stated, low)
    return index < len(stated) and stated[index] <= high


def figures_not_used(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The estimate's rates and storage are never named again once the design begins."""
    read = estimate(ctx)
    if not read or not ctx.outline.first_line("estimation"):
        return
    rates = sorted(f.value for f in read if f.kind == "rate")
    size = figures.top_size(read)
    references, tolerance = ctx.terms(options["references"]), options.get("tolerance", 0.05)
    for _, sentence, _ in design_units(ctx):
        if references.search(sentence) or any(_matches(n, rates, tolerance) for n in figures.numbers_in(sentence)):
            return
        sizes = [f.value for f in figures.read_figures([(0, sentence)]) if f.kind == "size"]
        if size and any(abs(s - size) <= tolerance * size for s in sizes):
            return
    shown = [f.text for f in read if f.kind == "rate"][:2] + ([figures.human_size(size)] if size else [])
    yield Hit(ctx.anchor("estimation"), args={"figures": ", ".join(shown)}, context=",".join(shown))


CHECKS = {
    "over_engineering": Check(over_engineering, OVER_ENGINEERING),
    "under_engineering": Check(under_engineering, UNDER_ENGINEERING),
    "deep_before_broad": Check(deep_before_broad, DEEP_BEFORE_BROAD),
    "figures_not_used": Check(figures_not_used, FIGURES_USED),
}
