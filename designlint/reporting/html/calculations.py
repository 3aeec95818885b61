"""The one place the report reads the arithmetic checker (designlint.estimate), read-only.

Everything the page needs from that package goes through calculations(), so a change there
touches this adapter alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designlint.doc.context import Context

if TYPE_CHECKING:
    from designlint.estimate.sides import Candidate

# What each verdict of the judge means to a reader.
VERDICTS = {"ok": "checks out", "arithmetic": "does not follow", "unit": "units do not match", "skip": "not checked"}


@dataclass(frozen=True, slots=True)
class Calculation:
    """One stated calculation as the checker read it."""

    line: int
    expression: str
    stated: str
    computed: str
    verdict: str  # a key of VERDICTS
    hint: str = ""
    source: str = ""  # "expression = stated", as a finding about it records in its context

    @property
    def verdict_text(self) -> str:
        return VERDICTS.get(self.verdict, self.verdict)


def calculations(ctx: Context, tolerance: float = 0.15) -> list[Calculation]:
    """Every calculation the arithmetic rules read in the document, in line order, with the checker's working."""
    from designlint.checks.calculations import readable_lines
    from designlint.estimate.conventions import periods as stated_periods
    from designlint.estimate.finder import candidates, nested_candidates
    from designlint.estimate.judge import judge

    lines = list(readable_lines(ctx))
    periods = stated_periods(text for _, text in lines)
    found = [c for number, text in lines for c in candidates(text, number)]
    for block in ctx.blocks:
        if block.kind == "list":
            found += nested_candidates(enumerate(block.text.split("\n"), start=block.line))
    rows = []
    for candidate in sorted(found, key=lambda c: c.line):
        verdict = judge(candidate, periods, tolerance)
        computed = verdict.computed or _value(candidate, periods, tolerance)
        expression, stated = candidate.expression.text, candidate.stated.text
        rows.append(
            Calculation(candidate.line, expression, stated, computed, verdict.kind, verdict.hint, candidate.source)
        )
    return rows


def _value(candidate: Candidate, periods: Mapping[str, float], tolerance: float) -> str:
    """The expression's value in the stated value's unit, for a verdict that carries none (it checked out)."""
    from designlint.estimate.align import Aligned, align, readings
    from designlint.estimate.quantity import format_number

    for reading in readings(candidate, periods):
        aligned = align(candidate, reading)
        if isinstance(aligned, Aligned) and aligned.scale and aligned.passes(aligned.computed, tolerance):
            units = " ".join(u.text for u in candidate.stated.node.units).replace(" /", "/")
            gap = "" if units.startswith("/") else " "  # 12/sec, 80 GB
            return f"{format_number(aligned.computed / aligned.scale)}{gap}{units}".strip()
    return ""
