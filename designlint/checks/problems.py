"""What a design of a known kind of system must state: one K rule per problem.

The rule names its problem (`for`); the engine hands over the problem the config names
(`problem`, `auto` to detect). The check stays silent unless the doc is about that
problem (designlint/doc/problems.py decides, once per document), then reports each of the
problem's expectations none of whose terms appears in the doc's prose or headings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.textutil import doc_text_lines
from designlint.doc.context import Context
from designlint.doc.problems import Verdict, decide, load_problems
from designlint.doc.vocabulary import terms_pattern
from designlint.errors import RuleDefinitionError
from designlint.findings import Hit

PROBLEM_EXPECTATIONS = {
    "properties": {"for": {"type": "string", "minLength": 1}, "problem": {"type": "string"}},
    "required": ["for"],
}
_SOURCES = {"detected": "detected from its title, headings and words", "front matter": "named in its front matter"}


def verdict(ctx: Context, configured: str | None) -> Verdict:
    """The problem the doc is about, decided once per document and config setting."""
    return ctx.once(("problem", configured), lambda: decide(ctx.doc, configured))


def _said(ctx: Context) -> str:
    """Everything the doc says in prose and headings (no code, comments or TODO prompts)."""

    def make() -> str:
        headings = (s.title for s in ctx.sections)
        return "\n".join([*headings, *(text for _, text in doc_text_lines(ctx))])

    return ctx.once("problem_text", make)


def problem_expectations(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Each thing the doc's problem expects a design to state that the doc never mentions."""
    problem = load_problems().get(options["for"])
    if problem is None:
        raise RuleDefinitionError(f"problem rule: unknown problem {options['for']!r} in its 'for' option")
    found = verdict(ctx, options.get("problem"))
    if found.problem != problem.name:
        return
    said = _said(ctx)
    how = _SOURCES.get(found.source, "named in the config")
    anchor = ctx.anchor()
    for expectation in problem.expectations:
        if terms_pattern(expectation.terms).search(said):
            continue
        args = {"problem": problem.label, "how": how, "what": expectation.what, "why": expectation.why}
        yield Hit(anchor, args=args, context=expectation.id)


CHECKS: dict[str, Check] = {
    "problem_expectations": Check(problem_expectations, PROBLEM_EXPECTATIONS),
}
