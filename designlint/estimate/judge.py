"""Does a stated result follow from its expression? And if not, what was likely meant?

Both sides are evaluated to quantities and aligned: a bare amount stated per period
("10M x 365 x 300 bytes = 1.1 TB/year") is read as the amount in that period. An
approximate result passes within the tolerance; an exact one within one unit of its
last written digit (so 1.74 may be written 2, and 115.7 written 115).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from designlint.estimate.align import Aligned, Problem, align, hand_converted, quantities, readings
from designlint.estimate.finder import Candidate, Side
from designlint.estimate.lexer import BYTE_PREFIX
from designlint.estimate.parser import Node, Reading, evaluate, explicit_units, native_period
from designlint.estimate.quantity import EvalError, Quantity, format_number, format_quantity

_BYTE_TEXT = re.compile(r"^([KMGTPE]?)B(/\w+)?$")
_PREFIXES = [(1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")]
OK, SKIP, ARITHMETIC, UNIT = "ok", "skip", "arithmetic", "unit"


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # ok, skip, arithmetic (E002), unit (E007)
    computed: str = ""
    hint: str = ""
    as_written: bool = False


def judge(candidate: Candidate, periods: Mapping[str, float], tolerance: float) -> Verdict:
    ways = readings(candidate, periods)
    results = [align(candidate, r) for r in ways]
    if any(isinstance(a, Aligned) and a.passes(a.computed, tolerance) for a in results):
        return Verdict(OK)
    if hand_converted(candidate, ways[0], tolerance):
        return Verdict(OK)
    primary = results[0]
    if primary is None:
        return Verdict(SKIP)
    if isinstance(primary, Problem):
        return _dimension_verdict(candidate, ways[0])
    return _diagnose(candidate, primary, ways[0], tolerance)


# --- what went wrong ---------------------------------------------------------------


def _dimension_verdict(candidate: Candidate, reading: Reading) -> Verdict:
    pair = quantities(candidate, reading)
    if pair is None:
        return Verdict(SKIP)
    computed = pair[0]
    period = native_period(candidate.expression.node)
    shown = computed.value * (reading.periods[period] if computed.dim[1] == -1 else 1.0)
    what = _dimension_words(computed.dim, period)
    text = format_quantity(Quantity(shown, (1, 0))) if computed.dim[0] == 1 else format_number(shown)
    return Verdict(UNIT, f"{text} ({what})", "")


def _dimension_words(dim: tuple[int, int], period: str) -> str:
    amount = "bytes" if dim[0] == 1 else ("a count" if dim[0] == 0 else f"bytes^{dim[0]}")
    if dim[1] == -1:
        return f"{amount} per {period}"
    if dim[1] == 1:
        return f"{amount} x seconds"
    return amount


def _diagnose(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> Verdict:
    shown = _show(candidate, aligned.computed / aligned.scale)
    as_written = _mixed_precedence(candidate.expression.node)
    unit_hint = _bits_hint(candidate, aligned, tolerance) or _period_hint(candidate, aligned, reading, tolerance)
    if unit_hint and _converts_bits(candidate.expression.node) and "bits" in unit_hint:
        return Verdict(OK)  # "1.7 MB/s x 8 = 14 Mbps": the author converts by hand
    if unit_hint:
        return Verdict(UNIT, shown, unit_hint, as_written)
    hint = (
        _precedence_hint(candidate.expression, aligned, reading, tolerance)
        or _power_hint(candidate.expression, aligned, reading, tolerance)
        or _per_second_hint(candidate, aligned, reading, tolerance)
        or _factor_hint(aligned, tolerance)
    )
    return Verdict(ARITHMETIC, shown, hint, as_written)


def _show(candidate: Candidate, value: float) -> str:
    """The computed value in the stated value's unit (rescaled when that reads badly)."""
    units = " ".join(u.text for u in candidate.stated.node.units).strip().replace(" /", "/")
    if not units or not any(explicit_units(candidate.expression.node)):
        return format_number(value)
    m = _BYTE_TEXT.match(units)
    if m and not 1 <= abs(value) < 10_000:
        size = value * BYTE_PREFIX[m.group(1)]
        factor, prefix = next(((f, p) for f, p in _PREFIXES if abs(size) >= f), (1.0, ""))
        return f"{_measure(size / factor)} {prefix}B{m.group(2) or ''}"
    return f"{_measure(value)}{'' if units.startswith('/') else ' '}{units}"


def _measure(value: float) -> str:
    """A value with a unit keeps three significant digits: 12.7 GB, 1.74 MB/s."""
    return f"{value:.3g}" if 0.01 <= abs(value) < 1000 else format_number(value)


def _bits_hint(candidate: Candidate, aligned: Aligned, tolerance: float) -> str:
    sides = (candidate.expression.node, candidate.stated.node)
    if not any(_has_bits(node) for node in sides):
        return ""
    for factor, words in ((8.0, "bits were read as bytes"), (1 / 8, "bytes were read as bits")):
        if aligned.passes(aligned.computed / factor, tolerance) and not aligned.passes(aligned.computed, tolerance):
            return f"the figures agree only if {words} (1 byte = 8 bits)"
    return ""


def _converts_bits(node: Node) -> bool:
    """A bare factor of 8 in the expression: a hand-made bytes-to-bits conversion."""
    return any(t.kind == "num" and t.value == 8 for t in node.tokens())


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
    chain = _chain(expression.node)
    ops = [op for op, _ in chain[1:]]
    if "/" not in ops:
        return ""
    k = ops.index("/") + 1
    if k == len(chain) - 1 or any(op != "*" for op in ops[k:]):
        return ""
    try:
        head = _fold(chain[:k], reading)
        divisor = _fold([("*", chain[k][1]), *chain[k + 1 :]], reading)
        value = (head / divisor).value
    except EvalError:
        return ""
    regrouped = value * (aligned.computed / _value_or_one(expression, reading))
    if _distance(regrouped, aligned.stated) >= _distance(aligned.computed, aligned.stated):
        return ""
    left = expression.slice(chain[0][1].start, chain[k - 1][1].end)
    right = expression.slice(chain[k][1].start, chain[-1][1].end)
    return f"did you mean {left} / ({right}) ≈ {format_number(value)}?"


def _power_hint(expression: Side, aligned: Aligned, reading: Reading, tolerance: float) -> str:
    """62^6 stated as 62^7's value: one more or one less in the exponent gives the stated figure."""
    node = expression.node
    if node.op != "^" or node.units or not all(p.number for p in node.parts):
        return ""
    base, exponent = (p.number.value for p in node.parts if p.number)
    scale = aligned.computed / _value_or_one(expression, reading)
    for step in (1, -1):
        value = base ** (exponent + step)
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


def _chain(node: Node) -> list[tuple[str, Node]]:
    """a / b x c x d as [("", a), ("/", b), ("*", c), ("*", d)] (units on the whole break the chain)."""
    if node.op in {"*", "/"} and not node.units:
        return [*_chain(node.parts[0]), (node.op, node.parts[1])]
    return [("", node)]


def _fold(chain: list[tuple[str, Node]], reading: Reading) -> Quantity:
    total = Quantity(1.0)
    for op, node in chain:
        value = evaluate(node, reading)
        total = total / value if op == "/" else total * value
    return total


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


def _mixed_precedence(node: Node) -> bool:
    ops = [op for op, _ in _chain(node)[1:]]
    return "/" in ops and "*" in ops[ops.index("/") :]
