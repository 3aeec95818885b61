"""Text of one side of a calculation to tokens: numbers with scales, units, operators, words.

Nothing here guesses: a token that could mean two things records both readings
(8B: eight billion or eight bytes; 500kb: kilobytes or kilobits) and a character
that has no place in arithmetic stops the token stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_SHORT = {"mil": 1e6, "mln": 1e6, "mn": 1e6, "bil": 1e9, "bn": 1e9, "tn": 1e12}
SCALE_LETTER = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
BYTE_PREFIX = {"": 1.0, "K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18}
BINARY_PREFIX = {"Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50}
PERIOD_WORDS = {
    "ms": "millisecond", "msec": "millisecond", "millisecond": "millisecond", "milliseconds": "millisecond",
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week",
    "mo": "month", "month": "month", "months": "month", "y": "year", "yr": "year", "yrs": "year",
    "year": "year", "years": "year",
}  # fmt: skip
_TIME = (
    r"(?:milliseconds?|msec|ms|seconds?|secs?|sec|s|minutes?|mins?|hours?|hrs?|hr|h"
    r"|days?|d|weeks?|wk|months?|mo|years?|yrs?|yr|y)"
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # num, unit, op, lp, rp, word, approx, stop
    text: str
    start: int
    value: float = 0.0
    ulp: float = 0.0  # one unit in the last written digit, in the number's value
    alt_value: float | None = None  # the other reading of an ambiguous number (8B)
    byte_factor: float | None = None  # bytes per unit (1000 for KB, 1/8 for a bit)
    alt_byte_factor: float | None = None  # lowercase 500kb: the bits reading
    rate: str = ""  # period name when the unit is "per <period>"
    duration: str = ""  # period name when the unit is a length of time


_NUMBER = re.compile(
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?P<exp>[eE][+-]?\d{1,3}(?![\w]))?"
    r"(?:(?P<sp>\s?)(?P<word>thousand|million|billion|trillion)s?(?![\w])"
    r"|\s?(?P<short>mil|mln|mn|bil|bn|tn)(?![\w])|(?P<letter>[kKMBT])(?![\w]))?"
    r"(?P<pct>\s?%)?"
)
_BYTE_UNIT = re.compile(r"(?P<p>[KkMGTPE]i?|)(?P<b>B|bytes?|byte)(?P<r>ps|/s(?:ec)?\b)?(?![\w])")
_BIT_UNIT = re.compile(r"(?P<p>[KkMGTP]|)(?P<b>bits?|b)(?P<r>ps|/s(?:ec)?\b)?(?![\w])")
_LOWER_BYTE = re.compile(r"(?P<p>[kmgtp])b(?![\w])")
_PER = re.compile(rf"(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?P<t>{_TIME})(?![\w])", re.IGNORECASE)
_PER_NOUN = re.compile(r"(?:/\s*|per\s+)[A-Za-z_][\w-]*")
_PER_SECOND = re.compile(r"(?:QPS|RPS|TPS|qps|rps|tps|req/s|ops/s)(?![\w])")
_DURATION = re.compile(rf"(?P<t>{_TIME})(?![\w])")
_OPERATOR = re.compile(r"\*\*|\^|[*×·∙⋅/÷+]|\s[-−]\s")
_VALUE_KINDS = frozenset({"num", "unit", "rp", "word"})
_APPROX = re.compile(
    r"~|≈|∼|(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|ca\.|close to)(?![\w])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z_][\w'’-]*")
_IDENTIFIER = re.compile(r"_|[a-z][A-Z]|\d")
_X = re.compile(r"[xX](?=\s*[\d(.])")


def tokenize(text: str) -> list[Token]:
    """Tokens up to the end of text; a character with no arithmetic meaning becomes a stop token."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        prev = tokens[-1] if tokens else None
        if text[pos].isspace():
            m = _OPERATOR.match(text, pos)
            if m and prev is not None and prev.kind in _VALUE_KINDS:
                tokens.append(Token("op", m.group(), pos))
                pos = m.end()
            else:
                pos += 1
            continue
        token = _next(text, pos, prev)
        tokens.append(token)
        pos = token.start + len(token.text)
    return tokens


def _next(text: str, pos: int, prev: Token | None) -> Token:
    after_value = prev is not None and prev.kind in _VALUE_KINDS
    if prev is not None and after_value:
        unit = _unit(text, pos, prev)
        if unit is not None:
            return unit
    for kind, pattern in (("approx", _APPROX), ("op", _OPERATOR)):
        m = pattern.match(text, pos)
        if m:
            return Token(kind, m.group(), pos)
    if after_value and (m := _X.match(text, pos)):
        return Token("op", m.group(), pos)
    if (m := _NUMBER.match(text, pos)) and not _glued(text, pos):
        return _number(m, pos)
    if text[pos] in "()":
        return Token("lp" if text[pos] == "(" else "rp", text[pos], pos)
    if m := _WORD.match(text, pos):
        # memLevel, short_url, p99: names from code, which no calculation uses as a noun
        return Token("stop" if _IDENTIFIER.search(m.group()) else "word", m.group(), pos)
    return Token("stop", text[pos], pos)


def _glued(text: str, pos: int) -> bool:
    """A digit stuck to letters before it (base62, v1, e2e) is part of a word."""
    return pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in "_.-")


def _number(m: re.Match[str], pos: int) -> Token:
    digits = m.group("num")
    scale = 1.0
    alt: float | None = None
    if m.group("word"):
        scale = SCALE_WORDS[m.group("word").lower()]
    elif m.group("short"):
        scale = SCALE_SHORT[m.group("short").lower()]
    elif m.group("letter"):
        scale = SCALE_LETTER[m.group("letter")]
    if m.group("exp"):
        scale *= 10.0 ** int(m.group("exp")[1:])
    if m.group("pct"):
        scale /= 100
    value = float(digits.replace(",", ""))
    if m.group("letter") == "B":
        alt = value  # 8B may be eight bytes; the byte unit is applied by the caller
    return Token("num", m.group(), pos, value * scale, _ulp(digits) * scale, alt_value=alt)


def _ulp(digits: str) -> float:
    """One unit in the last written digit; trailing zeros of a whole number count as rounding."""
    plain = digits.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    return 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def _unit(text: str, pos: int, prev: Token) -> Token | None:
    """A unit right after a value: bytes, bits, a rate or a length of time."""
    if m := _PER_SECOND.match(text, pos):
        return Token("unit", m.group(), pos, rate="second")
    if m := _PER.match(text, pos):
        return Token("unit", m.group(), pos, rate=PERIOD_WORDS[m.group("t").lower()])
    if m := _BYTE_UNIT.match(text, pos):
        prefix = m.group("p")
        factor = BINARY_PREFIX[prefix] if prefix.endswith("i") else BYTE_PREFIX[prefix]
        return Token("unit", m.group(), pos, byte_factor=factor, rate="second" if m.group("r") else "")
    if m := _LOWER_BYTE.match(text, pos):
        factor = BYTE_PREFIX[m.group("p").upper()]
        return Token("unit", m.group(), pos, byte_factor=factor, alt_byte_factor=factor / 8)
    if m := _BIT_UNIT.match(text, pos):
        factor = BYTE_PREFIX[m.group("p").upper() if m.group("p") else ""] / 8
        return Token("unit", m.group(), pos, byte_factor=factor, rate="second" if m.group("r") else "")
    if prev.kind == "num" and (m := _DURATION.match(text, pos)):
        return Token("unit", m.group(), pos, duration=PERIOD_WORDS[m.group("t").lower()])
    if m := _PER_NOUN.match(text, pos):
        return Token("word", m.group(), pos)
    return None
