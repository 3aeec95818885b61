"""P004 decision-without-alternative and P005 microservices-without-reason: a technology or an
architecture proposed with no reason or alternative anywhere in the doc."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.sentences import all_sentences, design_units
from designlint.doc.context import Context
from designlint.doc.document import Section
from designlint.findings import Hit

# --- P004 decision-without-alternative, P005 microservices-without-reason ----------------

UNREASONED = {
    "properties": {
        "terms": {"type": "string"},
        "reasons": {"type": "string"},
        "steps": {"type": "array", "items": {"type": "string"}},
        "per-term": {"type": "boolean"},
        "only-if": {"type": "string"},
    },
    "required": ["terms", "reasons"],
}


def _reasoned(ctx: Context, term: str, reasons: re.Pattern[str]) -> bool:
    """A heading names the term, or a sentence naming it gives a reason or an alternative."""
    named = re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])", re.IGNORECASE)
    if any(named.search(section.title) for section in ctx.sections):
        return True  # a section of its own weighs it
    return any(named.search(sentence) and reasons.search(sentence) for sentence in all_sentences(ctx))


def _in_steps(ctx: Context, line: int, steps: list[str]) -> bool:
    """line lies in a section of one of the steps: a bisection into their spans, worked out once
    per document (trying every section for every sentence grew with the square of the doc)."""
    if not steps:
        return True
    starts, ends = ctx.once(("unreasoned.step_spans", tuple(steps)), lambda: _spans(ctx, steps))
    index = bisect.bisect_right(starts, line) - 1
    return index >= 0 and line <= ends[index]


def _end(ctx: Context, section: Section) -> int:
    """Where a step's section ends; a step holding only a section's own lines ends at its first subsection."""
    if section.line in ctx.outline.own_only and section.children:
        return section.children[0].line - 1
    return section.end_line


def _spans(ctx: Context, steps: list[str]) -> tuple[list[int], list[int]]:
    """Sorted starts, and for each the furthest end reached by any span starting there or before."""
    spans = sorted((s.line, _end(ctx, s)) for step in steps for s in ctx.outline.steps.get(step, []))
    starts, ends, reach = [], [], 0
    for start, end in spans:
        reach = max(reach, end)
        starts.append(start)
        ends.append(reach)
    return starts, ends


def _may_name(ctx: Context, terms: str, sentence: str) -> bool:
    """False when the sentence holds none of the needles of the list called terms, so names none
    of its terms; an unknown list is let through, to be reported where it is searched."""
    return terms not in ctx.vocabulary or ctx.may_hold(terms, sentence)


def unreasoned(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A term (a technology, microservices) proposed with no reason or alternative anywhere in the doc."""
    steps = list(options.get("steps", []))
    seen: set[str] = set()
    for line, sentence, lead in design_units(ctx):  # term lists are compiled once a sentence needs them
        if not _in_steps(ctx, line, steps) or not _may_name(ctx, options["terms"], sentence):
            continue
        if "only-if" in options and not ctx.terms(options["only-if"]).search(sentence):
            continue
        for match in ctx.terms(options["terms"]).finditer(sentence):
            term = match.group(0)
            key = term.lower() if options.get("per-term", True) else "*"
            reasons = ctx.terms(options["reasons"])
            if key in seen or reasons.search(sentence) or reasons.search(lead):
                continue
            seen.add(key)
            if not _reasoned(ctx, term, reasons):
                yield Hit(line, args={"term": term}, context=term)


CHECKS = {"unreasoned": Check(unreasoned, UNREASONED)}
