"""Checks for the arithmetic rules: stated calculations, their units, and figures stated twice. The calculations
and their verdicts are found in checks/calculations.py."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.calculations import read_lines, verdicts
from designlint.doc.context import Context
from designlint.doc.vocabulary import terms_pattern
from designlint.estimate import figures
from designlint.estimate.judge import ARITHMETIC, OK, ROUNDING, SLIP, UNIT, Verdict
from designlint.estimate.parser import Node, Reading, evaluate, explicit_units
from designlint.estimate.quantity import DEFAULT_PERIODS, format_number, format_quantity
from designlint.estimate.sides import Candidate, Side
from designlint.estimate.slips import value_of
from designlint.findings import Hit

_READING = Reading(DEFAULT_PERIODS)  # the default reading: a day of 86,400 s, "B" a billion
TOLERANCE = {"tolerance": {"type": "number", "exclusiveMinimum": 0, "maximum": 1}}
ARITHMETIC_ERROR = {"properties": {**TOLERANCE}}
UNIT_MISMATCH = {"properties": {**TOLERANCE, "totals": {"type": "string"}}}
INCONSISTENT_FIGURE = {
    "properties": {
        "ratio": {"type": "number", "exclusiveMinimum": 1},
        "figures": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "scenario": {"type": "string"},
    },
}


def arithmetic_error(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated result that its own expression does not give."""
    for candidate, verdict in verdicts(ctx, options):
        if verdict.kind != ARITHMETIC:
            continue
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "as_written": " as written" if verdict.as_written else "",
            "stated": candidate.stated.text,
            "hint": f"; {verdict.hint}" if verdict.hint else "",
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=_certainty(verdict), context=candidate.source)


def _certainty(verdict: Verdict) -> str:
    """An error needs every token read one way and the result far off; anything less is a warning."""
    return "" if verdict.certain else "uncertain"


def calculation_note(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A calculation that holds once a notation slip is read past, or that is rounded loosely."""
    for candidate, verdict in verdicts(ctx, options):
        if verdict.kind not in {SLIP, ROUNDING}:
            continue
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "stated": candidate.stated.text,
            "fix": verdict.hint,
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=verdict.variant, context=candidate.source)


def unit_mismatch(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated result whose unit cannot follow from the units of its expression."""
    for candidate, verdict in verdicts(ctx, options):
        if verdict.kind == OK and _total_as_rate(candidate, ctx, options.get("totals", "total-labels")):
            verdict = _total_verdict(candidate)
        elif verdict.kind == OK and (short_day := _day_as_ten_thousand(candidate) or _over_ten_thousand(candidate)):
            verdict = short_day
        if verdict.kind != UNIT:
            continue
        detail = verdict.hint or "the units of the two sides cannot match; fix the unit or the expression"
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "stated": candidate.stated.text,
            "detail": detail,
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=_certainty(verdict), context=candidate.source)


def _total_as_rate(candidate: Candidate, ctx: Context, totals: str) -> bool:
    """ "Daily storage = 10M x 300 bytes = 3 GB/s": bytes times a count, named as a total, stated as a rate."""
    expr_bytes, expr_time = explicit_units(candidate.expression.node)
    stated = candidate.stated.node
    per_second = any(t.rate == "second" for t in stated.tokens())
    stated_bytes = explicit_units(stated)[0]
    if not (expr_bytes and stated_bytes and per_second and not expr_time):
        return False
    return bool(ctx.terms(totals).search(candidate.label))  # compiled only when a line gets this far


def _total_verdict(candidate: Candidate) -> Verdict:
    computed = format_quantity(evaluate(candidate.expression.node, _READING))
    detail = f"'{candidate.label}' names an amount, but the result is stated per second"
    return Verdict(UNIT, computed, f"{detail}: drop the /s or divide by a time")


# A day taken as 10^4 seconds, a hurried writer's slip: "per day: 300 * 10^4 = 3M pings/day". The factor is a
# power of ten or in seconds, with no noun after it ("10^4 users" counts users), beside a count of ten or more
# ("3 x 10^4" is how 30,000 is written), and the result is per day.
_DAY_SECONDS = 86_400
_TEN_THOUSAND = 1e4
_BARE_AFTER = re.compile(r"\s*(?P<seconds>s|secs?|seconds?)?\s*(?:$|[^\w\s/])", re.IGNORECASE)
_POWER = re.compile(r"\^|\d[eE]\d|[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _day_as_ten_thousand(candidate: Candidate) -> Verdict | None:
    """The result per day of a rate times 10^4: the day is 8.6 times longer (see _DAY_SECONDS)."""
    node = candidate.expression.node
    if node.op != "*" or not any(t.rate == "day" for t in candidate.stated.node.tokens()):
        return None
    values = [value_of(part, _READING) or 0.0 for part in node.parts]
    short = [k for k, part in enumerate(node.parts) if values[k] == _TEN_THOUSAND and _bare(candidate.expression, part)]
    if not short or not any(value >= 10 for k, value in enumerate(values) if k not in short):
        return None
    return _short_day(node, "day", math.prod(values) * _DAY_SECONDS / _TEN_THOUSAND)


def _over_ten_thousand(candidate: Candidate) -> Verdict | None:
    """A day's count over 10^4 seconds stated per second ("5m / 10^4 s ~ 500 req/s"): no one shares a count out over
    10,000 seconds but the writer who takes them for a day, and the rate is 8.6 times too high."""
    node = candidate.expression.node
    if node.op != "/" or len(node.parts) != 2 or not any(t.rate == "second" for t in candidate.stated.node.tokens()):
        return None
    count, divisor = (value_of(part, _READING) or 0.0 for part in node.parts)
    if divisor != _TEN_THOUSAND or not _bare(candidate.expression, node.parts[1]):
        return None
    return _short_day(node, "second", count / _DAY_SECONDS)


def _short_day(node: Node, period: str, amount: float) -> Verdict:
    """The unit slip of a day taken as 10^4 seconds, with the amount per period a 86,400-second day gives."""
    computed = format_quantity(evaluate(node, _READING))
    return Verdict(UNIT, computed, f"a day is 86,400 s (about 10^5), not 10^4: per {period} that is about "
                   f"{format_number(amount)}")


def _bare(expression: Side, part: Node) -> bool:
    """Nothing but seconds written after the factor, no noun saying what it counts, and the factor written as a
    power of ten or followed by seconds ("12 x 10,000" may count things; "x 10^4" and "x 10^4 s" give a day)."""
    after = _BARE_AFTER.match(expression.source, part.end)
    written = expression.source[part.start : part.end]
    return after is not None and (after.group("seconds") is not None or _POWER.search(written) is not None)


def inconsistent_figure(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A named figure (DAU, write QPS) stated with materially different values."""
    scenario = options.get("scenario", "figure-scenario")
    names = options.get("figures", [])
    lines = _lines_naming(ctx, names)
    ratio = float(options.get("ratio", 1.5))
    calculations = [candidate for candidate, _ in verdicts(ctx, {})]
    for name in names:
        pattern = ctx.terms(name)
        stated = [*figures.statements(name, pattern, lines), *figures.from_calculations(name, pattern, calculations)]
        by_line = {f.line: f for f in reversed(stated) if not ctx.terms(scenario).search(f.source)}
        found = [by_line[line] for line in sorted(by_line)]
        qualified = figures.qualified_values(pattern, calculations)
        for first, later in figures.disagreements(found, ratio, qualified):
            args = {
                "figure": name.removeprefix("figure-").replace("-", " "),
                "value": later.text,
                "first": first.text,
                "first_line": first.line,
            }
            yield Hit(later.line, args=args, context=f"{name}:{later.text}")


def _lines_naming(ctx: Context, names: list[str]) -> list[tuple[int, str]]:
    """The readable lines that name one of the figures: one search a line for all their terms together.

    A list name the vocabulary lacks adds no term here; reading that figure reports it.
    """
    if not names:
        return []
    union = terms_pattern(tuple(term for name in names for term in ctx.vocabulary.get(name, ())))
    return [(number, text) for number, text in read_lines(ctx) if union.search(text)]


CHECKS: dict[str, Check] = {
    "arithmetic_error": Check(arithmetic_error, ARITHMETIC_ERROR),
    "unit_mismatch": Check(unit_mismatch, UNIT_MISMATCH),
    "inconsistent_figure": Check(inconsistent_figure, INCONSISTENT_FIGURE),
    "calculation_note": Check(calculation_note, ARITHMETIC_ERROR),
}
