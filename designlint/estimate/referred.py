"""A factor applied to the figure just before it, which the line names by a word, not by writing it again.

"Average is 30M / 86,400 ≈ 350; Friday evening is maybe 4x that, so ~700", "~9,300 per second, and Black Friday
runs at five times that, so roughly 46,000 per second", "≈ 386 pages/s, plan 2x headroom ≈ 1.5k/s": the line
states a figure, then multiplies "that" (or plans a headroom on it) to a result of its own. The reader returns
the calculation the line states ("350 x 4 = ~700"), or None where the figure it refers to is unclear.
"""

from __future__ import annotations

import re

from designlint.estimate.kept import NUMBER_WORDS
from designlint.estimate.lexer import SCALE_WORD

# What a figure measures, as far as telling a rate, a size and an amount of money apart: one word may come
# between the number and its unit ("386 pages/s", "46,000 queries per second").
_RATE = r"(?:/\s?s(?:ec)?\b|qps\b|rps\b|tps\b|per\s+sec(?:ond)?\b|a\s+second\b)"
_SIZE = r"(?:[kmgtpe]i?b\b|bytes?\b)"
_FIGURE = (
    r"(?P<money>[$€£])?(?P<number>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>" + SCALE_WORD + r")?\b"
    rf"(?:\s?(?:[a-z]+\s?)?(?P<unit>{_RATE}|{_SIZE}))?"
)
_FIGURES = re.compile(_FIGURE, re.IGNORECASE)
# The factor and the word for the figure before it: "4x that", "five times that", "2x headroom", "3x the average".
_WORDED = "|".join(NUMBER_WORDS)
_FACTOR = re.compile(
    rf"(?<![\w.,])(?P<factor>\d+(?:\.\d+)?|{_WORDED})\s?(?:x|×|times)\s+(?:that|headroom|the\s+average)\b",
    re.IGNORECASE,
)
# Copies of the figure before, said as their count: "~7.3 TB a year. Three replicas puts us around 22 TB/yr".
_COPIES = re.compile(rf"(?<![\w.,])(?P<factor>\d|{_WORDED})\s+(?:replicas|copies)\b", re.IGNORECASE)
_WORDS = ("that", "headroom", "average", "replicas", "copies")
_OPERATOR_BEFORE = re.compile(r"(?:[×*/]|\bx)\s*$")
# The result after the factor: a sign, or "so" and a word of rounding ("..., so roughly 46,000 per second").
_RESULT = re.compile(
    r"[^=\d\n]{0,40}?(?:=>|->|→|≈|=|\bso\b[^\d\n]{0,25}?|,\s*(?:roughly|about|around|~)|\b(?:around|about|roughly)(?=\s))"
    r"\s*(?P<r_approx>[~≈])?\s*"
    r"(?:about\s+)?"
    + _FIGURE.replace("?P<", "?P<r_"),
    re.IGNORECASE,
)
# A bare number stands for "that" only as a result just stated: "≈ 350; ... 4x that".
_STATED_BEFORE = re.compile(r"(?:=|≈|~|->|→|=>|\bis|\babout|\baround|\broughly)\s*$", re.IGNORECASE)


def times_referred(line: str) -> str | None:
    """The calculation a line states by multiplying the figure before it by a factor named as "that" (see the
    module notes): "350 x 4 = ~700". None unless the figure before and the result measure the same thing."""
    low = line.lower()
    if not any(word in low for word in _WORDS):
        return None  # most lines name none of the words: the search below need not run
    found, copies = _factor(line)
    if found is None:
        return None
    before = list(_FIGURES.finditer(line, 0, found.start()))
    result = _RESULT.match(line, found.end())
    if not before or result is None or not _comparable(line, before[-1], result, copies):
        return None
    times = found["factor"].lower()
    # n copies may be n + 1 in all, and so may n times a figure whose result holds it: "18 KB. The op log is three
    # times that, so roughly 70 KB a board all in" is 18 KB and three times it
    whole = _ALL_IN.match(line, result.end()) is not None
    times = str(NUMBER_WORDS.get(times, times)) + (" replicas" if copies else " on top" if whole else "")
    return _stated(before[-1], times, result)


_ALL_IN = re.compile(
    r"[^.;\n\d]{0,30}?\b(?:all[ -]in|in (?:all|total)|altogether|all together|combined|overall)\b", re.IGNORECASE
)


def _factor(line: str) -> tuple[re.Match[str] | None, bool]:
    """The factor the line names ("4x that", "five times that", "three replicas"), and whether it counts copies.
    Copies written as an operand ("300M blocks x 128 MB x 3 replicas ≈ 115 PB") refer to nothing."""
    factor = _FACTOR.search(line)
    if factor is not None:
        return factor, False
    copies = _COPIES.search(line)
    if copies is None or _OPERATOR_BEFORE.search(line, 0, copies.start()):
        return None, True
    return copies, True


def _comparable(line: str, base: re.Match[str], result: re.Match[str], copies: bool) -> bool:
    """The figure before and the result measure the same thing, so the one is the other times the factor."""
    kinds = {_kind(base, ""), _kind(result, "r_")}
    if copies:
        return kinds == {"size"}  # copies multiply an amount of data: "2 TB a node; 3 replicas, so 30 nodes"
    if len(kinds - {"count"}) > 1:
        return False  # "2 TB today; at 100M users it is 10x that, ~20M rows": what "that" is cannot be told
    # a bare number is "that" only as the result just worked out: "≈ 350; ... 4x that"
    return _kind(base, "") != "count" or _STATED_BEFORE.search(line, 0, base.start()) is not None


def _stated(base: re.Match[str], times: str, result: re.Match[str]) -> str:
    """The calculation as the calculator reads it; a figure written bare takes the other's unit: "≈ 120 a second;
    at lunch 3x that, so ~360" is "120/s x 3 = ~360/s"."""
    units = _unit(base, ""), _unit(result, "r_")
    written = _written(base, "", units[0] or units[1]), _written(result, "r_", units[1] or units[0])
    return f"{written[0]} x {times} = {result['r_approx'] or ''}{written[1]}"


def _kind(found: re.Match[str], prefix: str) -> str:
    """What the figure measures: "money", "size", "rate", or "count" for a figure with no unit."""
    unit = (found[prefix + "unit"] or "").lower()
    if found[prefix + "money"]:
        return "money"
    if not unit:
        return "count"
    return "size" if re.fullmatch(_SIZE, unit) else "rate"


def _unit(found: re.Match[str], prefix: str) -> str:
    """The figure's unit as the calculator reads it: "per second" and "pages/s" as "/s"."""
    unit = found[prefix + "unit"] or ""
    return "/s" if unit and _kind(found, prefix) == "rate" else unit


def _written(found: re.Match[str], prefix: str, unit: str) -> str:
    """The figure as the calculator reads it, in the unit given: "9,300 per second" as "9,300/s"."""
    scale = found[prefix + "scale"] or ""
    scale = f" {scale}" if len(scale) > 2 else scale  # "800 million"
    return f"{found[prefix + 'money'] or ''}{found[prefix + 'number']}{scale}{' ' if unit[:1].isalpha() else ''}{unit}"
