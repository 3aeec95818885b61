"""Notation slips: a calculation whose result is right once what the author meant is restored.

Four kinds a reviewer would read past: a division written without its parentheses
("400M / 30*24*3600 ~= 150"), a multiplier left out because the doc gave it elsewhere
("400 * 5 * 12 months = 24 billion" after "400M users", or "10 results per 100K queries
* 10 humans = 10M"), a unit conversion written as a division ("10^7 KB / 10^6 = 10 GB"), and
a divisor written without the unit of what it divides ("3 GB/s / 0.5 = 6 brokers", meant 0.5 GB/s).
Each is told how to write it, at a lower severity than an arithmetic error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from designlint.estimate.align import Aligned, written_ratios
from designlint.estimate.lexer import Token, tokenize
from designlint.estimate.parser import Node, Reading, evaluate
from designlint.estimate.quantity import EvalError, Quantity, format_number
from designlint.estimate.sides import DIGIT, Candidate, Side

PRECEDENCE, MULTIPLIER, CONVERSION, DROPPED = "precedence", "multiplier", "conversion", "dropped-unit"
SCALED = re.compile(r"\d\s?(?:[kKmMbBG]|bn|mn|mil|[mb]illion|thousand)(?![\w])", re.IGNORECASE)
_FACTOR_WORDS = re.compile(r"\d[^\d]{0,40}\b(?:per|each|for every|times)\s*$", re.IGNORECASE)
# A rate of one thing: "1 update / 10 s", "1 ping per 30 s", "1 msg every 5 s".
_PER_ONE = re.compile(r"^~?1\s+[A-Za-z]+\s*(?:/|per\b|every\b|each\b)", re.IGNORECASE)
_CONVERSIONS = (1e3, 1e6, 1e9, 1e12, 1024.0, 1024.0**2, 1024.0**3)
_UNIT = re.compile(r"^[\d.,\s~≈]+")  # a token's number, leaving its unit


@dataclass(frozen=True, slots=True)
class Slip:
    kind: str
    fix: str  # how to write what was meant


def find(
    candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float, scaled: Iterable[tuple[float, str]]
) -> Slip | None:
    """The slip that makes the calculation hold, if one does."""
    regrouped = precedence(candidate.expression, reading)
    if regrouped is not None and _holds(aligned, regrouped[0], reading, candidate, tolerance):
        return Slip(PRECEDENCE, f"{regrouped[1]} ≈ {format_number(regrouped[0])}")
    found = (
        _conversion(candidate, aligned, reading, tolerance)
        or _dropped_unit(candidate, aligned, tolerance)
        or _multiplier(candidate, aligned, reading, tolerance, scaled)
    )
    return Slip(*found) if found else None


def _holds(aligned: Aligned, value: float, reading: Reading, candidate: Candidate, tolerance: float) -> bool:
    whole = value_of(candidate.expression.node, reading)
    return whole is not None and aligned.passes(value * aligned.computed / whole, tolerance)


def value_of(node: Node, reading: Reading) -> float | None:
    """The node's value under the reading; None where it has none or is zero."""
    try:
        value = evaluate(node, reading).value
    except EvalError:
        return None
    return value or None


# --- a / b x c meant as a / (b x c) -------------------------------------------------------


def chain(node: Node) -> list[tuple[str, Node]]:
    """a / b x c x d as [("", a), ("/", b), ("*", c), ("*", d)] (units on the whole break the chain)."""
    if node.op in {"*", "/"} and not node.units:
        return [*chain(node.parts[0]), (node.op, node.parts[1])]
    return [("", node)]


def precedence(expression: Side, reading: Reading) -> tuple[float, str] | None:
    """The value of a / b x c read as a / (b x c), and how to write it; None if not that shape."""
    links = chain(expression.node)
    ops = [op for op, _ in links[1:]]
    if "/" not in ops:
        return None
    k = ops.index("/") + 1
    if k == len(links) - 1 or any(op != "*" for op in ops[k:]):
        return None
    try:
        head = _fold(links[:k], reading)
        divisor = _fold([("*", links[k][1]), *links[k + 1 :]], reading)
        value = (head / divisor).value
    except EvalError:
        return None
    left = expression.slice(links[0][1].start, links[k - 1][1].end)
    right = expression.slice(links[k][1].start, links[-1][1].end)
    return value, f"{left} / ({right})"


def _fold(links: list[tuple[str, Node]], reading: Reading) -> Quantity:
    total = Quantity(1.0)
    for op, node in links:
        value = evaluate(node, reading)
        total = total / value if op == "/" else total * value
    return total


def mixed(node: Node) -> bool:
    ops = [op for op, _ in chain(node)[1:]]
    return "/" in ops and "*" in ops[ops.index("/") :]


# --- a multiplier given elsewhere ---------------------------------------------------------


def _multiplier(
    candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float, scaled: Iterable[tuple[float, str]]
) -> tuple[str, str] | None:
    expression = candidate.expression
    # a ratio of periods converted by hand ("x 365" from a day to a year) is no count that lost its scale
    converted = written_ratios(candidate, reading.periods) if reading.ignore_time else []
    tokens = expression.node.tokens()
    # a figure with its unit of size written after it ("~2KB each x 150k") lost no scale letter before the unit
    united = {id(t) for t, after in zip(tokens, tokens[1:], strict=False) if after.byte_factor is not None}
    bare = [t for t in tokens if t.kind == "num" and _plain(t) and t.value not in converted and id(t) not in united]
    for token in bare:
        for value, text in scaled:
            factor = value / token.value
            if factor >= 1e3 and aligned.passes(aligned.computed * factor, tolerance):
                restored = _restored(expression, token, text)
                return MULTIPLIER, f"{restored} = {candidate.stated.text} ({text} as stated elsewhere)"
    for value in _before(candidate):
        if value > 1 and aligned.passes(aligned.computed * value, tolerance):
            shown = format_number(value)
            return MULTIPLIER, f"{shown} x {expression.text} (the {shown} written before it)"
    return _count_elsewhere(candidate, aligned, tolerance, scaled)


def _count_elsewhere(
    candidate: Candidate, aligned: Aligned, tolerance: float, scaled: Iterable[tuple[float, str]]
) -> tuple[str, str] | None:
    """A time each restated as the time for all ("~86k per night. A route query takes about 2 ms on one core →
    ~170 s on one core"): the arrow goes on to the count the doc gave before, no conversion of units."""
    if not candidate.conversion:
        return None
    for value, text in scaled:
        if value >= _MIN_COUNT and aligned.passes(aligned.computed * value, tolerance):
            return MULTIPLIER, f"{text} x {candidate.expression.text} (the {text} given before)"
    return None


_MIN_COUNT = 100  # a count of things, not a factor a unit's conversion could be off by (60, 24)


def _restored(expression: Side, token: Token, text: str) -> str:
    """The expression with the bare figure written as the doc gave it elsewhere: 400 * 5 becomes 400M * 5."""
    source = expression.source
    restored = source[: token.start] + text + source[token.start + len(token.text) :]
    grown = len(text) - len(token.text)
    return restored[expression.node.start : expression.node.end + grown].strip()


def _plain(token: Token) -> bool:
    return token.text.replace(",", "").replace(".", "").isdigit() and token.value >= 1


def _before(candidate: Candidate) -> list[float]:
    """Numbers written before the expression in its own segment: "10 results per 100K queries * 10"; or
    before a rate of one thing ("~2,000 live matches, all sports, 1 update / 10 s -> 200 updates/s"), whose
    count of things is the figure before it."""
    if candidate.count_before:
        return [candidate.count_before]  # "~40 per race, at 2 photos × 3 MB = 240 MB"
    head = candidate.expression.source[: candidate.expression.node.start]
    per_one = _PER_ONE.match(candidate.expression.text) is not None
    if not DIGIT.search(head) or not (per_one or _FACTOR_WORDS.search(head)):
        return []  # "Year 2: 100 x 5" names a year; only "10 results per", "5 each" is a factor
    return [t.value for t in tokenize(head) if t.kind == "num"]


def scaled_figures(lines: Iterable[str]) -> list[tuple[float, str]]:
    """Figures the doc writes with a scale (400M, 2 billion): the values a bare 400 may stand for."""
    found: dict[float, str] = {}
    for line in lines:
        for token in tokenize(line[:2000]) if SCALED.search(line) else ():
            if token.kind == "num" and token.value >= 1e3 and not _plain(token):
                found.setdefault(token.value, token.text)
    return sorted(found.items())


def sized_figures(line: str) -> frozenset[float]:
    """Figures the line writes with a unit of size ("at 8 bytes each"): a bare 8 in its calculation is 8 bytes."""
    if "B" not in line and "byte" not in line:
        return frozenset()
    tokens = tokenize(line[:2000])
    pairs = zip(tokens, tokens[1:], strict=False)
    return frozenset(t.value for t, after in pairs if t.kind == "num" and after.byte_factor is not None)


# A multiplier written as one, not an operand between figures ("24 x 60", "5,800 x 300"): a figure and its "x"
# before a word ("3x replication", "1.4x overhead"), or after a word or an arrow ("replication x3", "-> x1.4").
_FACTOR = re.compile(
    r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[x×]\s+(?=[A-Za-z(])|(?:(?<=[A-Za-z]{3})|(?<=->)|(?<=→))\s*[x×]\s?(\d+(?:\.\d+)?)(?![\w.])"
)


def stated_factors(line: str) -> frozenset[float]:
    """The multipliers the line states ("every number below already incl 3x replication": 3)."""
    if "x" not in line and "×" not in line:
        return frozenset()
    found = (float(m.group(1) or m.group(2)) for m in _FACTOR.finditer(line[:2000]))
    return frozenset(value for value in found if value > 1)


# --- a unit conversion written as a division ----------------------------------------------


def _conversion(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float) -> tuple[str, str] | None:
    node = candidate.expression.node
    if node.op != "/" or node.units or node.parts[1].units or node.parts[1].has_op() and node.parts[1].op != "^":
        return None
    divisor = value_of(node.parts[1], reading)
    if divisor is None or not any(abs(divisor / c - 1) < 1e-9 for c in _CONVERSIONS):
        return None
    has_bytes = any(t.byte_factor is not None for t in node.parts[0].tokens())
    if has_bytes and aligned.passes(aligned.computed * divisor, tolerance):
        left = candidate.expression.slice(node.parts[0].start, node.parts[0].end)
        return CONVERSION, f"{left} = {candidate.stated.text} (the unit change needs no division)"
    return None


# --- a divisor written without the unit of what it divides -------------------------------


def _dropped_unit(candidate: Candidate, aligned: Aligned, tolerance: float) -> tuple[str, str] | None:
    """ "3GB/s / 0.5 = 6 brokers": read in the dividend's unit, the bare divisor makes it hold."""
    node = candidate.expression.node
    if node.op != "/" or node.parts[1].units or node.parts[1].has_op() or candidate.stated.node.units:
        return None
    factors = {t.byte_factor for t in node.parts[0].tokens() if t.byte_factor}
    for factor in factors:
        if factor > 1 and aligned.passes(aligned.computed / factor, tolerance):
            left = candidate.expression.slice(node.parts[0].start, node.parts[0].end)
            right = candidate.expression.slice(node.parts[1].start, node.parts[1].end)
            unit = next(_UNIT.sub("", t.text) for t in node.parts[0].tokens() if t.byte_factor == factor)
            return DROPPED, f"{left} / {right} {unit} = {candidate.stated.text}"
    return None
