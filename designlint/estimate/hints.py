"""What a failed calculation likely meant: the hint its finding gives after the computed value.

A unit hint (bits read as bytes, a per-day amount written as per second) makes the slip one of
units; the others (precedence, an exponent off by one, a per-period total, a power of ten) say
what the figures would agree with.
"""

from __future__ import annotations

import math

from designlint.estimate import slips
from designlint.estimate.align import Aligned
from designlint.estimate.parser import Node, Reading, evaluate, explicit_units, native_period
from designlint.estimate.quantity import EvalError, format_number, power
from designlint.estimate.sides import Candidate, Side


def unit_hint(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    """The figures agree once a unit is read another way: the slip is one of units."""
    return _bits_hint(candidate, aligned, tolerance) or _period_hint(candidate, aligned, reading, tolerance)


def regrouping_hint(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    """What the doc wrote, regrouped: brackets left out or an exponent off by one. Such a hint explains a
    result however far off it is, so the finding can stay sure of itself."""
    return _precedence_hint(candidate.expression, aligned, reading, tolerance) or _power_hint(
        candidate.expression, aligned, reading, tolerance
    )


def factor_hint(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    """What else the figures agree with (a per-period total, a power of ten), or "" when nothing does."""
    return _per_second_hint(candidate, aligned, reading, tolerance) or _factor_hint(aligned, tolerance)


def converts_bits(node: Node) -> bool:
    """A bare factor of 8 in the expression: a hand-made bytes-to-bits conversion."""
    return any(t.kind == "num" and t.value == 8 for t in node.tokens())


def _bits_hint(candidate: Candidate, aligned: Aligned, tolerance: float) -> str:
    sides = (candidate.expression.node, candidate.stated.node)
    if not any(_has_bits(node) for node in sides):
        return ""
    for factor, words in ((8.0, "bits were read as bytes"), (1 / 8, "bytes were read as bits")):
        if aligned.passes(aligned.computed / factor, tolerance) and not aligned.passes(aligned.computed, tolerance):
            return "" if _tenfold(aligned, factor) else f"the figures agree only if {words} (1 byte = 8 bits)"
    return ""


def _tenfold(aligned: Aligned, factor: float) -> bool:
    """The figures are nearer ten times apart than eight ("40m x 250kb = ~1tb" is 10 TB): a zero dropped, no bits."""
    ratio = aligned.computed / aligned.stated if aligned.stated else 0.0
    ten = 10.0 if factor > 1 else 0.1
    return abs(ratio / ten - 1) < abs(ratio / factor - 1)


def _has_bits(node: Node) -> bool:
    return any(t.byte_factor is not None and "b" in t.text and "byte" not in t.text.lower() for t in node.tokens())


def _period_hint(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    expr_time = explicit_units(candidate.expression.node)[1]
    stated_time = explicit_units(candidate.stated.node)[1]
    if not (expr_time and stated_time):
        return ""
    written = native_period(candidate.expression.node)
    stated = native_period(candidate.stated.node)
    factor = reading.periods[written] / reading.periods[stated]
    if factor != 1 and aligned.passes(aligned.computed * factor, tolerance):
        return f"the stated figure is the amount per {written}, written as per {stated}"
    return ""


def _precedence_hint(expression: Side, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    regrouped = slips.precedence(expression, reading)
    if regrouped is None:
        return ""
    value = regrouped[0] * (aligned.computed / _value_or_one(expression, reading))
    if _distance(value, aligned.stated) >= _distance(aligned.computed, aligned.stated):
        return ""
    return f"did you mean {regrouped[1]} ≈ {format_number(regrouped[0])}?"


def _power_hint(expression: Side, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    """62^6 stated as 62^7's value: one more or one less in the exponent gives the stated figure."""
    node = expression.node
    if node.op != "^" or node.units or not all(p.number for p in node.parts):
        return ""
    base, exponent = (p.number.value for p in node.parts if p.number)
    scale = aligned.computed / _value_or_one(expression, reading)
    for step in (1, -1):
        try:
            value = power(base, exponent + step)
        except EvalError:
            return ""
        if aligned.passes(value * scale, tolerance):
            written = expression.slice(node.parts[0].start, node.parts[0].end)
            return f"did you mean {written}^{exponent + step:g} ≈ {format_number(value)}?"
    return ""


def _distance(a: float, b: float) -> float:
    """How far apart two values are in orders of magnitude."""
    if a <= 0 or b <= 0:
        return math.inf
    return abs(math.log10(a / b))


def _value_or_one(expression: Side, reading: Reading) -> float:
    value = evaluate(expression.node, reading).value
    return value if value else 1.0


def _per_second_hint(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    if explicit_units(candidate.expression.node)[1] or not explicit_units(candidate.stated.node)[1]:
        return ""
    for name in ("day", "month", "year", "hour"):
        seconds = reading.periods[name]
        if aligned.passes(aligned.computed / seconds, tolerance):
            per = format_number(aligned.computed / seconds / aligned.scale)
            return f"that is a per-{name} total; divided by {format_number(seconds)} seconds it is ≈ {per}"
    return ""


def _factor_hint(aligned: Aligned, tolerance: float) -> str:
    if aligned.computed == 0 or aligned.stated == 0 or (aligned.computed < 0) != (aligned.stated < 0):
        return ""
    power = round(math.log10(aligned.stated / aligned.computed))
    if power == 0 or abs(power) > 12 or not aligned.passes(aligned.computed * 10.0**power, max(tolerance, 0.15)):
        return ""
    size = format_number(10.0 ** abs(power))
    return f"the stated value is {size} times {'too large' if power > 0 else 'too small'}"
