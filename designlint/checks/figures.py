"""A small, conservative reader of the load figures a doc states in its estimation.

It reads rates ("~17,400 reads/sec", "peak 350 QPS", "40 read requests per second")
and sizes ("5 TB", "12.7 GB of new content per month"). A figure it cannot read with
confidence (an ambiguous multiplier, a unit conversion table) is skipped, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from designlint.termsearch import folded

# Never starting just after "digit," keeps each run of thousands groups read once, not once per
# group (quadratic on "1,111,111,..."); "10,20 QPS" is ambiguous and stays unread either way.
NUMBER = r"(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
MULTIPLIER = r"(?:\s*(?P<mult>k|thousand|m|mil|mln|million|b|bn|bil|billion)\b)?"
_MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mil": 1e6, "mln": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bil": 1e9, "billion": 1e9,
}  # fmt: skip
_PER_SECOND = r"(?:per\s+(?:second|sec)\b|/\s?s(?:ec(?:ond)?)?\b|a\s+second\b|each\s+second\b)"
_RATE_UNIT = r"(?:qps|rps|tps|req/s|requests/s)\b"
# A number, at most three words naming what is counted, then "per second"; or "N QPS".
# The words are possessive: a word split two ways is the same word, and trying every split
# was cubic on a long run such as "1x1x1x...".
RATE = re.compile(
    rf"(?<![\w.^]){NUMBER}{MULTIPLIER}\s*(?:(?P<what>(?:[a-z][\w-]*+\s*+){{0,3}}){_PER_SECOND}|{_RATE_UNIT})",
    re.IGNORECASE,
)
_SIZE_UNITS = {"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15, "eb": 1e18}
SIZE = re.compile(rf"(?<![\w.^]){NUMBER}\s*(?P<unit>[kmgtpe]b)\b(?!\s*/\s*s|\s*per\s+s(ec|econd)?\b)", re.IGNORECASE)
_BYTES_WORD = re.compile(r"\b([kmgtpe]b|bytes?|bits?)\b", re.IGNORECASE)
# A line equating two rates is a unit conversion ("1 request per second = 2.5 million a month").
# An "=" and a per-period anywhere on the line, tested apart: "=.*per month" rescanned the
# line from every "=".
_PER_PERIOD = re.compile(r"\bper\s+(?:month|day)", re.IGNORECASE)
_PEAK = re.compile(r"\bpeak\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated figure: a rate in events per second or a size in bytes."""

    kind: str  # "rate" or "size"
    value: float
    line: int
    text: str
    peak: bool = False


def number(text: str, mult: str | None = None) -> float:
    value = float(text.replace(",", ""))
    return value * _MULTIPLIERS.get((mult or "").lower(), 1.0)


def _rates(line: str, number_at: int) -> Iterator[Figure]:
    for found in RATE.finditer(line):
        what = (found.group("what") or "").split()
        if _BYTES_WORD.search(" ".join(what)) or (what and len(what[0]) == 1):
            continue  # bandwidth, or a unit letter we cannot read ("10 T traffic per sec")
        value = number(found.group("num"), found.group("mult"))
        before = line[max(0, found.start() - 30) : found.start()]
        yield Figure("rate", value, number_at, found.group(0).strip(), bool(_PEAK.search(before)))


def _sizes(line: str, number_at: int) -> Iterator[Figure]:
    for found in SIZE.finditer(line):
        value = float(found.group("num").replace(",", "")) * _SIZE_UNITS[folded(found.group("unit"))]
        yield Figure("size", value, number_at, found.group(0).strip())


def _is_conversion(line: str) -> bool:
    return "conversion" in line.lower() or ("=" in line and _PER_PERIOD.search(line) is not None)


def read_figures(lines: Iterable[tuple[int, str]]) -> list[Figure]:
    """Rates and sizes stated on the given (line number, text) pairs, conversions left out."""
    figures: list[Figure] = []
    for number_at, line in lines:
        if _is_conversion(line):
            continue
        figures.extend(_rates(line, number_at))
        figures.extend(_sizes(line, number_at))
    return figures


def peak_rate(figures: list[Figure], peak_factor: float) -> float | None:
    """The highest rate, an average one scaled by peak_factor; None when no rate was read."""
    rates = [f.value if f.peak else f.value * peak_factor for f in figures if f.kind == "rate"]
    return max(rates) if rates else None


def top_rate(figures: list[Figure]) -> float | None:
    rates = [f.value for f in figures if f.kind == "rate"]
    return max(rates) if rates else None


def top_size(figures: list[Figure]) -> float | None:
    sizes = [f.value for f in figures if f.kind == "size"]
    return max(sizes) if sizes else None


ANY_NUMBER = re.compile(rf"(?<![\w.]){NUMBER}{MULTIPLIER}", re.IGNORECASE)


def numbers_in(text: str) -> list[float]:
    """Every number in the text, with k/million/billion multipliers applied."""
    return [number(m.group("num"), m.group("mult")) for m in ANY_NUMBER.finditer(text)]


def human(value: float) -> str:
    """A figure as people write it: 17,400 or 5.5 TB-free numbers, no trailing .0."""
    return f"{value:,.0f}" if value >= 10 else f"{value:g}"


def human_size(value: float) -> str:
    for unit, scale in (("PB", 1e15), ("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if value >= scale:
            return f"{value / scale:g} {unit}"
    return f"{value:g} bytes"
