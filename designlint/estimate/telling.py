"""How a verdict tells what was read and computed: an ambiguous figure's reading in words ("reading 300m as
300 million"), and the computed value in the stated value's unit ("12.7 GB", "1.74 MB/s").
"""

from __future__ import annotations

import re

from designlint.estimate.lexer import BYTE_PREFIX, Token
from designlint.estimate.parser import Reading, ambiguous, explicit_units, late
from designlint.estimate.quantity import Quantity, format_number, format_quantity
from designlint.estimate.sides import Candidate

_BYTE_TEXT = re.compile(r"^([KMGTPE]?)B(/\w+)?$")
_PREFIXES = [(1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")]


def assumed(candidate: Candidate, reading: Reading) -> str:
    """ "reading 300m as 300 million, 500kb as kilobits": the reading the message relies on."""
    tokens = [t for side in (candidate.expression, candidate.stated) for t in ambiguous(side.node)]
    words = [_token_reading(t, t in reading.alt) for t in tokens]
    for side in (candidate.expression, candidate.stated):
        found = side.node.tokens()
        words += [_late_reading(found, t) for t in late(side.node) if t in reading.alt]
    return "reading " + ", ".join(words) if words else ""


def _late_reading(tokens: list[Token], unit: Token) -> str:
    """ "365 B as 365 billion": a late token read its other way, said with the figure it follows."""
    figure = next(t for t in reversed(tokens[: tokens.index(unit)]) if t.kind == "num")
    return f"{figure.text} {unit.text} as {_in_words(figure.value * (unit.late_scale or 1.0))}"


def _token_reading(token: Token, other: bool) -> str:
    if token.alt_byte_factor is not None:
        bits = (token.alt_byte_factor if other else token.byte_factor or 1) < BYTE_PREFIX[token.text[0].upper()]
        return f"{token.text} as {'bits' if bits else 'bytes'}"
    if other and token.alt_bytes:
        return f"{token.text} as {format_quantity(Quantity(token.alt_value or 0, (1, 0)))}"
    if other:
        return f"{token.text} as {_in_words(token.alt_value or 0)}"
    return f"{token.text} as {_in_words(token.value)}"


def _in_words(value: float) -> str:
    """300 million rather than 300,000,000: how the reading was meant to be said."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:g} {word}"
    return format_number(value)


def show(candidate: Candidate, value: float, reading: Reading | None = None, sized: bool = False) -> str:
    """The computed value in the stated value's unit (rescaled when that reads badly); sized: a bare figure of
    the expression is a size written with its unit beside it."""
    units = " ".join(u.text for u in candidate.stated.node.units).strip().replace(" /", "/")
    as_bytes = sized or (reading is not None and any(t.alt_bytes for t in reading.alt))  # 300B read as bytes
    if not units or not (as_bytes or any(explicit_units(candidate.expression.node))):
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
