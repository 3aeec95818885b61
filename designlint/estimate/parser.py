"""Tokens to an expression tree, evaluated exactly as written (left to right within a precedence level).

Grammar: expr = term (+|- term)*; term = power (*|x|/ power)*; power = core (^ core)? unit*;
core = number | ( expr ). Words after a value are nouns ("100M users", "300 bytes per record")
and are skipped; a word where a value is needed ends the parse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from designlint.estimate.lexer import Token
from designlint.estimate.quantity import BYTES, NONE, PER_BYTE, RATE, TIME, EvalError, Quantity

MAX_NOUNS = 4
_MUL = {"*", "×", "·", "∙", "⋅", "x", "X"}
_DIV = {"/", "÷"}
_POW = {"^", "**"}


class ParseError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Node:
    """A value (number, group or operation) and where its text lies in the source."""

    start: int
    end: int
    op: str = ""  # "", "+", "-", "*", "/", "^", "()"
    parts: tuple[Node, ...] = ()
    number: Token | None = None
    units: tuple[Token, ...] = ()

    def has_op(self) -> bool:
        return bool(self.op and self.op != "()") or any(p.has_op() for p in self.parts)

    def tokens(self) -> list[Token]:
        found = [self.number] if self.number else []
        for part in self.parts:
            found += part.tokens()
        return found + list(self.units)


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read ambiguous tokens, and what the doc says a day or month is."""

    periods: Mapping[str, float]
    b_as_bytes: bool = False  # 8B: eight bytes rather than eight billion
    lower_as_bits: bool = False  # 500kb: kilobits rather than kilobytes
    durations_as_counts: bool = False  # "x 365 days" as the number 365
    ignore_time: bool = False  # every rate and length of time as a plain label
    alt: frozenset[Token] = frozenset()  # these ambiguous tokens take their other reading


@dataclass
class _Cursor:
    tokens: Sequence[Token]
    pos: int = 0
    nouns: list[int] = field(default_factory=list)

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token


def parse(tokens: Sequence[Token], start: int = 0) -> tuple[Node, int]:
    """The expression beginning at tokens[start] and the index after it."""
    cur = _Cursor(tokens, start)
    node = _expr(cur)
    return node, cur.pos


def _expr(cur: _Cursor) -> Node:
    node = _term(cur)
    while (t := cur.peek()) and t.kind == "op" and t.text.strip() in {"+", "-", "−"}:
        cur.take()
        right = _term(cur)
        node = Node(node.start, right.end, "+" if t.text.strip() == "+" else "-", (node, right))
    return node


def _term(cur: _Cursor) -> Node:
    node = _power(cur)
    while (t := cur.peek()) and t.kind == "op" and (t.text in _MUL or t.text in _DIV):
        cur.take()
        right = _power(cur)
        node = Node(node.start, right.end, "*" if t.text in _MUL else "/", (node, right))
    return node


def _power(cur: _Cursor) -> Node:
    node = _core(cur)
    if (t := cur.peek()) and t.kind == "op" and t.text in _POW:
        cur.take()
        exponent = _core(cur)
        node = Node(node.start, exponent.end, "^", (node, exponent))
    return _annotate(cur, node)


def _core(cur: _Cursor) -> Node:
    while (t := cur.peek()) and t.kind == "approx":
        cur.take()
    t = cur.peek()
    if t is None:
        raise ParseError("a value is missing")
    if t.kind == "num":
        cur.take()
        return Node(t.start, t.start + len(t.text), number=t)
    if t.kind == "lp":
        cur.take()
        inner = _expr(cur)
        close = cur.peek()
        if close is None or close.kind != "rp":
            raise ParseError("unclosed parenthesis")
        cur.take()
        return Node(t.start, close.start + 1, "()", (inner,))
    raise ParseError(f"no value at {t.text!r}")


def _annotate(cur: _Cursor, node: Node) -> Node:
    """Units and nouns after a value; only the first byte unit and first time unit count."""
    units: list[Token] = []
    words = 0
    end = node.end
    while (t := cur.peek()) and t.kind in {"unit", "word"}:
        if t.kind == "word":
            words += 1
            if words > MAX_NOUNS:
                break  # prose goes on: the value ends here
        elif not any(_clash(u, t) for u in units):
            units.append(t)
        end = t.start + len(t.text)
        cur.take()
    if not units:
        return Node(node.start, end, node.op, node.parts, node.number)
    return Node(node.start, end, node.op, node.parts, node.number, tuple(units))


def _clash(have: Token, new: Token) -> bool:
    """A second byte unit or a second time unit after one value is prose, not arithmetic."""
    both_bytes = have.byte_factor is not None and new.byte_factor is not None
    both_time = bool(have.rate or have.duration) and bool(new.rate or new.duration)
    return both_bytes or both_time


# --- evaluation ------------------------------------------------------------------


def evaluate(node: Node, reading: Reading) -> Quantity:
    if node.number is not None:
        value = _number(node.number, node.units, reading)
    elif node.op == "()":
        value = evaluate(node.parts[0], reading)
    elif node.op in "+-" and _share(node.parts[1]) and not _share(node.parts[0]):
        # "1M/day + ~30% more": a share added to an amount raises it by that share, not by 0.3
        left, share = evaluate(node.parts[0], reading), evaluate(node.parts[1], reading)
        value = left + left * share if node.op == "+" else left - left * share
    elif node.op in "+-":
        value = _apply(node.op, *_in_one_unit(node.parts[0], node.parts[1], reading))
    else:
        value = _apply(node.op, evaluate(node.parts[0], reading), evaluate(node.parts[1], reading))
    for unit in node.units:
        value = value * _unit(unit, reading)
    return value


def _share(node: Node) -> bool:
    """A bare percentage, with no unit of its own ("50% + 20% = 70%" adds shares)."""
    return node.number is not None and not node.units and node.number.text.rstrip().endswith("%")


def _in_one_unit(first: Node, second: Node, reading: Reading) -> tuple[Quantity, Quantity]:
    """Two terms of a sum, a bare one read in the unit the other is written in: "180 tasks/day + 40 extra" adds
    forty a day, not forty a second; "2 + 5 + 10 MB" adds megabytes."""
    left, right = evaluate(first, reading), evaluate(second, reading)
    if left.dim == NONE and right.dim == _RATE:
        left = Quantity(left.value / reading.periods[native_period(second)], _RATE)
    elif right.dim == NONE and left.dim == _RATE:
        right = Quantity(right.value / reading.periods[native_period(first)], _RATE)
    elif left.dim == NONE and right.dim == BYTES and second.number is not None and second.number.value:
        # "2 + 5 + 10 MB = 17 MB": the size unit written once, on the last term, holds for the terms before it
        left = Quantity(left.value * right.value / second.number.value, BYTES)
    return left, right


_RATE = (0, -1)


def _number(token: Token, units: tuple[Token, ...], reading: Reading) -> Quantity:
    other = reading.b_as_bytes or token in reading.alt
    if other and token.alt_value is not None and not any(u.byte_factor for u in units):
        return Quantity(token.alt_value, BYTES if token.alt_bytes else NONE)
    return Quantity(token.value)


def _apply(op: str, left: Quantity, right: Quantity) -> Quantity:
    if op == "*":
        return left * right
    if op == "/":
        return left / right
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    return left**right


def _unit(unit: Token, reading: Reading) -> Quantity:
    value = Quantity(1.0)
    if unit.late_scale is not None and unit in reading.alt:
        return Quantity(unit.late_scale)
    if unit.byte_factor is not None:
        bits = (reading.lower_as_bits or unit in reading.alt) and unit.alt_byte_factor is not None
        value = Quantity(unit.alt_byte_factor if bits else unit.byte_factor, BYTES)  # type: ignore[arg-type]
    elif unit.per_bytes is not None:
        value = Quantity(1.0 / unit.per_bytes, PER_BYTE)
    if reading.ignore_time:
        return value
    if unit.rate:
        value = value * Quantity(1.0 / reading.periods[unit.rate], RATE)
    elif unit.duration and not reading.durations_as_counts:
        value = value * Quantity(reading.periods[unit.duration], TIME)
    return value


def ambiguous(node: Node) -> list[Token]:
    """The tokens of the expression that have another reading (8B, 300m, 500kb)."""
    return [t for t in node.tokens() if t.alt_value is not None or t.alt_byte_factor is not None]


def late(node: Node) -> list[Token]:
    """The tokens read another way only when no usual reading makes the units match ("365 B": billions)."""
    return [t for t in node.tokens() if t.late_scale is not None]


def native_period(node: Node) -> str:
    """The period an expression's rate is written in: that of its last time unit."""
    periods = [t.rate or t.duration for t in node.tokens() if t.rate or t.duration]
    return periods[-1] if periods else "second"


def explicit_units(node: Node) -> tuple[bool, bool]:
    """Whether the expression names a byte unit, and a time unit."""
    tokens = node.tokens()
    return any(t.byte_factor is not None for t in tokens), any(t.rate or t.duration for t in tokens)


__all__ = ["NONE", "EvalError", "Node", "ParseError", "Reading", "evaluate", "parse"]


def scientific(node: Node) -> Node:
    """1.8 x 10^19 written as a result is one value: its rounding is that of 1.8."""
    if node.op != "*" or node.parts[1].op != "^":
        return node
    mantissa, power = node.parts[0], node.parts[1]
    base, exponent = power.parts
    digits = [mantissa.number, base.number, exponent.number]
    if mantissa.units or base.units or None in digits or digits[1].value != 10:  # type: ignore[union-attr]
        return node
    m, e = digits[0], digits[2]
    assert m is not None and e is not None
    if abs(e.value) > 30:
        return node
    scale = 10.0**e.value
    token = replace(m, value=m.value * scale, ulp=m.ulp * scale, alt_value=None)
    return Node(node.start, node.end, number=token, units=node.units + power.units)
