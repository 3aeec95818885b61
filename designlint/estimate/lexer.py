"""Text of one side of a calculation to tokens: numbers with scales, units, operators, words.

Nothing here guesses: a token that could mean two things records both readings
(8B: eight billion or eight bytes; 500kb: kilobytes or kilobits) and a character
that has no place in arithmetic stops the token stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from designlint.estimate.quantity import NoValue, bounded
from designlint.termsearch import folded

# Scale words as people type them, misspellings included (milion, billon, thousnad).
_SCALE_WORD_FORMS = (
    (r"hundreds?", 1e2),
    (r"th?ou?s(?:a?nd?|nad|end|adn)s?", 1e3),
    (r"lakhs?|lacs?", 1e5),
    (r"mi?l{1,3}i{0,2}ons?", 1e6),
    (r"crores?", 1e7),
    (r"bi?l{1,3}i{0,2}ons?", 1e9),
    (r"tri?l{1,3}i{0,2}ons?", 1e12),
)
_SCALE_WORD_RES = [(re.compile(form, re.IGNORECASE), scale) for form, scale in _SCALE_WORD_FORMS]

# "Mio" and "Mrd" as German and other European writers abbreviate a million and a billion ("10 Mio users")
# The scale words a figure may carry in notes ("300m", "2 bn", "40 thousand"), for the patterns that find figures.
SCALE_WORD = r"(?:k|m|b|bn|million|billion|thousand)"
# Words after a figure that make it another amount than the one before ("~1 PB with replicas", "x 3", "~120 GB per
# replica"): the readers that take a figure for one restated or kept leave such a figure alone.
AMOUNT_CHANGERS = r"with|w|incl\w*|after|before|plus|compressed|replicated|per|each|x"
SCALE_SHORT = {
    "mil": 1e6, "mln": 1e6, "mn": 1e6, "mm": 1e6, "mio": 1e6, "bil": 1e9, "bn": 1e9, "mrd": 1e9, "tn": 1e12
}  # fmt: skip
# (scale, the other reading's value per written unit, whether that reading is in bytes)
SCALE_LETTER: dict[str, tuple[float, float | None, bool]] = {
    "k": (1e3, None, False),
    "K": (1e3, None, False),
    "M": (1e6, None, False),
    "MM": (1e6, None, False),
    "m": (1e6, 1.0, False),  # 300m: 300 million, or 300 metres
    "B": (1e9, 1.0, True),  # 8B: eight billion, or eight bytes
    "b": (1e9, 1 / 8, True),  # 4b: four billion, or four bits
    "G": (1e9, 1e9, True),  # 10G: ten billion, or ten gigabytes
    "T": (1e12, None, False),
    "t": (1e12, None, False),
}
BYTE_PREFIX = {"": 1.0, "K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18}
BINARY_PREFIX = {"Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50, "Ei": 2.0**60}
PERIOD_WORDS = {
    "us": "microsecond", "usec": "microsecond", "\u00b5s": "microsecond", "\u03bcs": "microsecond",
    "microsecond": "microsecond", "microseconds": "microsecond",
    "ms": "millisecond", "msec": "millisecond", "millisecond": "millisecond", "milliseconds": "millisecond",
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week",
    "mo": "month", "month": "month", "months": "month", "y": "year", "yr": "year", "yrs": "year",
    "year": "year", "years": "year",
}  # fmt: skip
TIME_WORDS = (  # every spelling of a period PERIOD_WORDS reads, as a pattern
    # "us" is a microsecond only where no word or hyphen follows ("5 us-east regions" are regions)
    r"(?:microseconds?|usec|[\u00b5\u03bc]s|us(?![\w-])|milliseconds?|msec|ms|seconds?|secs?|sec|s|minutes?|mins?|hours?|hrs?|hr|h"
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
    alt_bytes: bool = False  # whether that other reading is an amount of bytes
    byte_factor: float | None = None  # bytes per unit (1000 for KB, 1/8 for a bit)
    alt_byte_factor: float | None = None  # lowercase 500kb: the bits reading
    # "365 B" typed apart: bytes, unless only billions make the units match ("365 B x 500 B = 182 TB")
    late_scale: float | None = None
    rate: str = ""  # period name when the unit is "per <period>"
    per_bytes: float | None = None  # bytes in the unit a price is per ("$23/TB": 1e12)
    duration: str = ""  # period name when the unit is a length of time


_WORDS = "|".join(form for form, _ in _SCALE_WORD_FORMS)
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?P<exp>[eE][+-]?\d{1,3}(?![\w]))?"
    rf"(?:(?P<sp>\s?)(?P<word>(?i:{_WORDS}))(?![\w])"
    r"|\s?(?P<short>(?i:mil|mln|mn|mm|mio|bil|bn|mrd|tn))(?![\w])|(?P<letter>MM|[kKmMbBtTG])(?![\w])"
    # a scale letter typed apart from its figure: "30 M searches/day", "1.5 M / 86 400 s"
    r"|[ \t](?P<spaced>[MKk])(?![\w]))?"
    r"(?P<pct>\s?%)?"
)
_BYTE_UNIT = re.compile(r"(?P<p>[KkMGTPE]i?|)(?P<b>B|[Bb]ytes?)(?P<r>ps|/s(?:ec)?\b)?(?![\w])")
_BIT_UNIT = re.compile(r"(?P<p>[KkMmGgTtPp]|)(?P<b>bits?|b)(?P<r>ps|/s(?:ec)?\b)?(?![\w])")
_LOWER_BYTE = re.compile(r"(?P<p>[kKmMgGtTpP])b(?![\w])")
_PER = re.compile(rf"(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+)(?P<t>{TIME_WORDS})(?![\w])", re.IGNORECASE)
_PER_NOUN = re.compile(r"(?:/\s*|per\s+)[A-Za-z_][\w-]*")
# A price per amount of data, perhaps per month too: "$23/TB", "$0.09 per GB", "$0.023/GB-month".
_PER_BYTES = re.compile(rf"(?:/\s*|per\s+)(?P<p>[KkMGTPE]i?|)(?:B|[Bb]ytes?)(?:-(?P<t>{TIME_WORDS}))?(?![\w])")
_PER_SECOND = re.compile(r"(?:QPS|RPS|TPS|qps|rps|tps|req/s|ops/s)(?![\w])")
_DURATION = re.compile(rf"(?P<t>{TIME_WORDS})(?![\w])")
# A length of time counted per thing: "20 instance-hours", "3 person-days", "400 GPU-hours".
_COMPOUND_DURATION = re.compile(rf"[A-Za-z]{{2,20}}-(?P<t>{TIME_WORDS})(?![\w])")
# ("+" glued to a letter on both sides joins two words into one name, "compute+send", "CPU+RAM": no sum)
_OPERATOR = re.compile(r"\*\*|\^|[*×·∙⋅/÷]|(?<![^\W\d_])\+|\+(?![^\W\d_])|\s[-−]\s")
_VALUE_KINDS = frozenset({"num", "unit", "rp", "word"})
_APPROX = re.compile(
    r"~|≈|∼|(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|ca\.|close to)(?![\w])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z_][\w'’-]*")
_IDENTIFIER = re.compile(r"_|[a-z][A-Z]|\d")
# A unit of area or volume with its power written plain ("432 m3 x 4,21 €", "m³" read as "m3"): a unit, no name.
_POWERED_UNIT = re.compile(r"(?:[kcm]?m|ft)[23]")
_X = re.compile(r"[xX](?=\s*[$€£]?[\d(.])")  # "x 30", "x $0.008"


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches where one of patterns does: one test for a word that starts none of them."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns]  # group names may repeat
    flags = ["i" if p.flags & re.IGNORECASE else "" for p in patterns]
    return re.compile("|".join(f"(?{flag}:{body})" for flag, body in zip(flags, bodies, strict=True)))


_MAY_BE_UNIT = _any_of(  # _unit's patterns in one
    _PER_SECOND, _PER, _PER_BYTES, _BYTE_UNIT, _LOWER_BYTE, _BIT_UNIT, _DURATION, _COMPOUND_DURATION, _PER_NOUN
)


CURRENCY = "$€£"  # a sign before an amount, read past: the figure is what is checked


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens up to the end of text; a character with no arithmetic meaning becomes a stop token.

    Kept for the texts read last: a calculation's middle is read as the result of one step and as
    the expression of the next, a list item under each of its sub-items, a line by several rules.
    """
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        prev = tokens[-1] if tokens else None
        if text[pos] in CURRENCY and (text[pos + 1 : pos + 2].isdecimal() or _after_figure(prev, text, pos)):
            pos += 1  # "$800", "2.5$/hour": the amount is the figure
            continue
        if text[pos].isspace():
            m = _OPERATOR.match(text, pos) if prev is not None and prev.kind in _VALUE_KINDS else None
            if m:
                tokens.append(Token("op", m.group(), pos))
                pos = m.end()
            else:
                pos += 1
            continue
        token = _next(text, pos, prev)
        tokens.append(token)
        pos = token.start + len(token.text)
    return tuple(tokens)


def _after_figure(prev: Token | None, text: str, pos: int) -> bool:
    """The sign typed right after the amount, as some write money ("120k$"), or a space after it, as European
    writers set the euro ("12,50 € x 12")."""
    if prev is None or prev.kind != "num" or pos == 0:
        return False
    return text[pos - 1].isalnum() or (text[pos - 1] == " " and pos > 1 and text[pos - 2].isalnum())


def _next(text: str, pos: int, prev: Token | None) -> Token:
    if text[pos].isdecimal() or text[pos] == ".":
        return _numeral(text, pos)  # no unit, sign, operator or word starts with a digit or a point
    after_value = prev is not None and prev.kind in _VALUE_KINDS
    if prev is not None and after_value and _MAY_BE_UNIT.match(text, pos):
        unit = _unit(text, pos, prev)
        if unit is not None:
            return unit
    for kind, pattern in (("approx", _APPROX), ("op", _OPERATOR)):
        m = pattern.match(text, pos)
        if m:
            return Token(kind, m.group(), pos)
    if after_value and (m := _X.match(text, pos)):
        return Token("op", m.group(), pos)
    if text[pos] in "()":
        return Token("lp" if text[pos] == "(" else "rp", text[pos], pos)
    if m := _WORD.match(text, pos):
        # memLevel, short_url, p99: names from code, which no calculation uses as a noun
        named = _IDENTIFIER.search(m.group()) and not _POWERED_UNIT.fullmatch(m.group())
        return Token("stop" if named else "word", m.group(), pos)
    return Token("stop", text[pos], pos)


def _numeral(text: str, pos: int) -> Token:
    """A number, or a stop for the whole run of it where it is glued to what comes before ("5-10k": a range's second
    figure stops the stream as one, and no "0k" is left over to read as a figure)."""
    m = _NUMBER.match(text, pos)
    if m and not _glued(text, pos):
        return _number(m, pos)
    return Token("stop", m.group() if m else text[pos], pos)


def _glued(text: str, pos: int) -> bool:
    """A digit stuck to letters before it (base62, v1, e2e) is part of a word; an "x" alone before it is the
    times sign typed without a space ("-> x365"), unless it ends a word itself ("max3", "0x1F")."""
    if pos == 0 or not _in_word(text[pos - 1]):
        return False
    return text[pos - 1] not in "xX" or (pos > 1 and _in_word(text[pos - 2]))


def _in_word(char: str) -> bool:
    return char.isalpha() or char in "_.-"


def _number(m: re.Match[str], pos: int) -> Token:
    digits = m.group("num")
    if digits.count(".") > 1:
        digits = digits.replace(".", ",")  # 10.000.000: dots that group thousands
    scale, alt, alt_bytes = _scale(m)
    try:
        if m.group("exp"):
            scale *= 10.0 ** int(m.group("exp")[1:])
        value = bounded(float(digits.replace(",", "")) * scale)
        ulp = _ulp(digits) * scale
    except (OverflowError, NoValue):
        return Token("stop", m.group(), pos)  # 1e400: no figure an estimate means
    if m.group("pct"):
        value, ulp = value / 100, ulp / 100
    alt_value = None if alt is None else float(digits.replace(",", "")) * alt
    return Token("num", m.group(), pos, value, ulp, alt_value=alt_value, alt_bytes=alt_bytes)


def _scale(m: re.Match[str]) -> tuple[float, float | None, bool]:
    """The number's scale, and the other reading of its suffix when it has one."""
    if word := m.group("word"):
        return next(scale for form, scale in _SCALE_WORD_RES if form.fullmatch(word)), None, False
    if short := m.group("short"):
        return SCALE_SHORT[folded(short)], (1.0 if short == "mm" else None), False
    if letter := m.group("letter"):
        return SCALE_LETTER[letter]
    if spaced := m.group("spaced"):
        return SCALE_LETTER[spaced][0], 1.0, False  # or a word of its own: read both ways, never for sure
    return 1.0, None, False


def _ulp(digits: str) -> float:
    """One unit in the last written digit; trailing zeros of a whole number count as rounding."""
    plain = digits.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    return 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def _byte_factor(prefix: str) -> float:
    # "kiB" is written for KiB as "kB" is for KB
    return BINARY_PREFIX[prefix[0].upper() + "i"] if prefix.endswith("i") else BYTE_PREFIX[prefix]


def _unit(text: str, pos: int, prev: Token) -> Token | None:
    """A unit right after a value: bytes, bits, a rate or a length of time."""
    if m := _PER_SECOND.match(text, pos):
        return Token("unit", m.group(), pos, rate="second")
    if m := _PER.match(text, pos):
        return Token("unit", m.group(), pos, rate=PERIOD_WORDS[folded(m.group("t"))])
    if m := _PER_BYTES.match(text, pos):
        rate = PERIOD_WORDS[folded(m.group("t"))] if m.group("t") else ""
        return Token("unit", m.group(), pos, per_bytes=_byte_factor(m.group("p")), rate=rate)
    if m := _BYTE_UNIT.match(text, pos):
        prefix = m.group("p")
        factor = _byte_factor(prefix)
        late = 1e9 if m.group() == "B" and prev.kind == "num" and pos > prev.start + len(prev.text) else None
        return Token("unit", m.group(), pos, byte_factor=factor, rate="second" if m.group("r") else "", late_scale=late)
    if m := _LOWER_BYTE.match(text, pos):
        # 500kb reads first as kilobytes, 500Kb as kilobits; each keeps the other reading
        factor = BYTE_PREFIX[m.group("p").upper()]
        first, other = (factor, factor / 8) if m.group("p").islower() else (factor / 8, factor)
        return Token("unit", m.group(), pos, byte_factor=first, alt_byte_factor=other)
    if m := _BIT_UNIT.match(text, pos):
        factor = BYTE_PREFIX[m.group("p").upper() if m.group("p") else ""] / 8
        return Token("unit", m.group(), pos, byte_factor=factor, rate="second" if m.group("r") else "")
    if prev.kind == "num" and (m := _DURATION.match(text, pos) or _COMPOUND_DURATION.match(text, pos)):
        return Token("unit", m.group(), pos, duration=PERIOD_WORDS[folded(m.group("t"))])
    if m := _PER_NOUN.match(text, pos):
        return Token("word", m.group(), pos)
    return None
