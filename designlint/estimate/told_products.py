"""A product told without its sign: a count of things, how many of another each has, and the total of the other
("5,000 hotels, average 200 rooms, so about 100k rooms", "40 schools with 600 pupils each, that's 24k pupils").

Several signals together, since figures side by side are common: the middle figure says it is per one of the
first things (an average before it, or "each", "apiece", "per ..." after it), the total counts the same things
as the middle figure, after a word that gives a result, and none of them is a unit of time or size ("10 regions,
avg 200 ms, so 200 ms" averages a latency, it multiplies nothing). The three become "N x M = P" for the
calculator to judge.
"""

from __future__ import annotations

import re

from designlint.estimate.lexer import tokenize

_FIGURE = r"\d[\d,.]*(?:\s?(?:k|K|m|M|B|bn|million|billion|thousand)\b)?"
_ABOUT = r"(?:(?:about|around|roughly|approx\.?|ca\.?|~|≈)\s*)?"
_AVERAGE = r"(?:on\s+)?(?:an?\s+)?(?:average|avg\.?|typically)(?:\s+of)?\s+"
_TOLD = re.compile(
    # (the count may be one a span of time: "2 sessions per month, ca. 50 repairs each, so ca. 1.200 repairs per year")
    rf"(?P<n>{_FIGURE})\s+(?P<things>[a-z][a-z-]{{2,}})(?P<period>\s+(?:per|a|an|every)\s+(?:day|week|month|year))?"
    rf"(?:(?P<comma>,)\s*(?P<average>{_AVERAGE})?|\s+(?:with|having|of)\s+(?P<with_average>{_AVERAGE})?){_ABOUT}"
    rf"(?P<m>{_FIGURE})\s+(?P<each>[a-z][a-z-]{{2,}})(?P<per>\s+(?:each|apiece|per\s+[a-z]+|on average))?"
    rf",?\s*(?:so|that's|thats|that is|which is|i\.e\.|=|->|→|=>|gives|giving|makes)\s*{_ABOUT}"
    rf"(?P<p>{_FIGURE})\s+(?P<total>[a-z][a-z-]{{2,}})",
)
# Measures the lexer has no unit for, whose average per thing is no count either: "average 40 chars", "avg 12 euros".
_MEASURE = re.compile(r"(?:millis\w*|[kmgtp]ib|chars?|characters|percent|euros?|dollars?|cents?)", re.IGNORECASE)


def told_products(line: str) -> str | None:
    """The line with each product told without its sign written as one ("5,000 hotels x 200 rooms = 100k
    rooms"), or None when it tells none."""
    if "," not in line and " with " not in line and " of " not in line:
        return None  # every shape needs one of them before its middle figure: most lines fail here
    found = [m for m in _TOLD.finditer(line) if _told(m)]
    if not found:
        return None
    for match in reversed(found):
        counted = f"{match['n']} {match['things']}{match['period'] or ''}"
        symbols = f"{counted} x {match['m']} {match['each']} = {match['p']} {match['total']}"
        line = line[: match.start()] + symbols + line[match.end() :]
    return line


def _told(found: re.Match[str]) -> bool:
    per_thing = found["average"] or found["with_average"] or found["per"]
    if found["comma"] and not found["average"]:
        # after a bare comma only "each" says the figure is per one: "4 shards, 1000 writes per second, so 250 writes
        # per shard" divides
        per_thing = (found["per"] or "").strip() in ("each", "apiece")
    same = _stem(found["each"]) == _stem(found["total"])
    return bool(per_thing) and same and not _measure(found["each"])


def _measure(word: str) -> bool:
    """A length of time or an amount of data as the lexer reads its units ("avg 200 ms", "average 40 minutes"), not
    a rate of them ("avg 5k qps" per shard multiplies), or one of _MEASURE."""
    units = [t for t in tokenize(f"1 {word}") if t.kind == "unit"]
    return any((t.duration or t.byte_factor) and not t.rate for t in units) or _MEASURE.fullmatch(word) is not None


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")
