"""Figures worked out in words rather than written as a calculation: "1M pastes a day, about 12 writes/s",
"will need to use 10 GB", "100M a day at ~1 MB -> ~100 TB/day". E001 reads them as an estimate; an
approximate value a label introduces ("avg row about 2 KB") is only assumed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from designlint.estimate.capacity import MACHINES
from designlint.estimate.lexer import SCALE_WORD, tokenize

_DIGIT = re.compile(r"\d")
# A number marked as worked out: after ~, about, so, that is (perhaps hedged: "so maybe 200-250 bookings").
_RESULT_NUMBER = re.compile(
    r"(?:[~≈]|\b(?:about|around|roughly|approximately|approx\.?|ca\.|circa|so|that is|which is|i\.e\.,?|hence"
    r"|giving))\s*(?:(?:maybe|perhaps|probably|likely)\s+)?\d",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[A-Za-z]")
_CONNECTOR_ONLY = re.compile(
    r"^\s*(?:so|then|thus|hence|giving|gives|that is|that's|which is|i\.e\.,?|or|is|are|makes|=|->|→|⇒)"
    r"(?:\s+(?:maybe|perhaps|probably|likely|at most|at least|up to|only|just))?\s*$",
    re.IGNORECASE,
)
# ("ca." is how German and Dutch writers say "about")
_APPROXIMATE = re.compile(r"[~≈]|(?:about|around|roughly|approximately|approx|circa)\b|\bca\.", re.IGNORECASE)
# "adds up to 250 ms jitter": a mechanism's cost at most, no sum: a time and a word of delay after it.
_DELAY = (
    r"\s*\d[\d,.]*\s?(?:ms|milliseconds?|s|secs?|seconds?)\s+(?:of\s+)?(?:extra\s+)?(?:jitter|delay|latency|lag|wait)"
)
# A rate a second, as estimates write it after its figure: "/s", "/sec", "per second", "qps", "rps".
_PER_SECOND = r"(?:/\s?s(?:ec)?|per sec(?:ond)?|qps|rps)"
# Outside an estimation section only a verb of sizing marks a worked-out figure ("will need to use 10GB").
_NEEDS_NUMBER = re.compile(
    r"\b(?:needs? to (?:use|hold|store)|comes to|adds up to(?!" + _DELAY + r")|amounts to|works out to)\s*\d"
    # a bare "needs" or "requires" sizes only with a unit of size, machines or a rate ("needs 40 GB", "requires
    # 12 servers"): "needs 6 confirmations" and "requires 2 approvals" are rules of the product
    r"|\b(?:needs?|requires?)\s*(?:about\s|around\s|roughly\s|~)?\d[\d,.]*\s?" + SCALE_WORD + r"?\s?"
    rf"(?:(?:[kmgtp]i?b|bytes?|{MACHINES}|cores?|cpus?|gpus?|{_PER_SECOND})\b|%)"
    # or a figure averaged out from the ones before it: "if we say 5M, that averages out to about 60 requests a second"
    r"|\baverag(?:es|ed|ing) out (?:to|at)\s*(?:about\s|around\s|roughly\s|~)?\s*\d"
    # or a figure restated from the one before it: "2^41 ms is about 2.2 trillion ms, which is roughly 70 years"
    r"|\b(?:which is|that is|that's|is about|is roughly|is approximately|is ca\.|is circa)"
    r"\s*(?:about\s|roughly\s|ca\.\s?|~)?\s*\d"
    # or an amount per thing set equal to a total, the count of things implied: "ca. 1,00 EUR per member per year =
    # 1.450 EUR", "~2 KB per user = 200 GB", "ca. 1,50 EUR per member per year, so ca. 270 EUR per year"
    r"|(?<=[\w€$£] )per\s+[a-z]+(?:\s+(?:per|a|an)\s+[a-z]+)?\s*(?:=|≈|,\s*so\b)\s*(?:about\s|ca\.\s?|~)?\s*\d"
    # or a count over a span said to be a rate a second: "5000 in a minute is ~80/s"
    r"|\b(?:in|over|per|a)\s+(?:an?\s+|one\s+)?(?:minute|hour|day|min|sec(?:ond)?)\s+(?:is|=)\s*[~≈]?\s*\d[\d,.]*\s?(?:k|m)?\s?"
    rf"(?:{_PER_SECOND}|/\s?second|a second)\b"
    # or a rate per second after a daily figure it comes from: "40M a day, ~460/s" ("~80 QPS" alone is given)
    r"|(?:\ba|\bper|/)\s?day\b[^.\n]{0,60}?(?:[~≈]|\bso)\s*\d[\d,.]*\s?(?:k|m)?\s?(?:[a-z-]+\s?)?"
    rf"{_PER_SECOND}\b"
    # or a figure an arrow leads to from the numbers before it: "100M a day at ~1 MB -> ~100 TB/day", approximate,
    # or with a scale that ends its word, a unit or a count of machines ("-> 304 most of the time" is a status code)
    r"|(?:->|→|=>)\s*(?:(?:~|≈|about\s)\s*\d|\d[\d,.]*\s*(?:(?:k|m|b|bn|[kmgtp]i?b|million|billion|thousand)(?![a-z])"
    r"|(?:bytes?|bits?|ms|secs?|seconds?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?"
    rf"|{MACHINES})\b"
    r"|/\s?\w|per\b|%))",
    re.IGNORECASE,
)

# A sentence the writer opens by assuming ("I assume ...", "Let's say ..."): its counts of things are given. A rate
# after them may still be worked out ("Assume 10M uploads a day, about 116 a second").
_ASSUMING = re.compile(
    r"(?:^|[.!?]\s)\W*(?:(?:i|we)(?:'d| would|'ll| will)?\s+)?(?:assume|let'?s (?:say|assume)|suppose)\b"
    r"(?:(?![.!?]\s+(?-i:[A-Z]))[^\n])*$",  # to the figure, within the sentence ("approx. 4 000" goes on)
    re.IGNORECASE,
)
_SENTENCE_REACH = 240
_A_RATE = re.compile(
    r"[^,;]{0,40}?\b(?:a|per|/|each)\s?(?:s|sec|second|minute|min|hour|hr|day)\b|[^,;]{0,30}?(?:/\s?s\b|qps|rps)",
    re.IGNORECASE,
)

# Shares one after another, as stages step up: "stages (1% -> 10% -> 50% -> 100%)" steps a rollout up, it works
# no figure out ("99.9% -> ~8.7 h a year" does).
_PROGRESSION = re.compile(r"\d[\d.,]*\s?%(?:\s*(?:->|→|=>)\s*[~≈]?\s*\d[\d.,]*\s?%)+")

# A figure the result is worked out from, in digits or in words: "Assume ten million uploads a day. That's about
# 116 uploads a second".
_COUNT_WORDS = r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?)\b"
_FIGURE = re.compile(rf"\d|{_COUNT_WORDS}", re.IGNORECASE)


def derived_in_words(lines: Iterable[tuple[int, str]], in_estimate: bool, loosely: bool = False) -> bool:
    """A figure given as a result after others on its line: "1M pastes a day, about 12 writes/s".

    Outside an estimate (in_estimate false) only a verb of sizing or an arrow marks a result, unless loosely.
    """
    marker = _RESULT_NUMBER if in_estimate or loosely else _NEEDS_NUMBER
    figured = False  # a line before this one gave a figure
    for _, line in lines:
        line = _PROGRESSION.sub(" ", line) if "%" in line else line
        # both markers end in a digit: a line without one is passed over at once
        first = _FIGURE.search(line) if _DIGIT.search(line) else None
        found = (m for m in marker.finditer(line) if first.start() < m.start()) if first else iter(())
        if any(not _labelled(line, m) for m in found) or (in_estimate and figured and _CONCLUDES.match(line)):
            return True
        figured = figured or _STANDALONE.search(line) is not None
    return False


# A figure of its own, not a digit in a name ("v2 plan", "p99"), or a count in words ("thousands of requests").
_STANDALONE = re.compile(rf"(?<![\w.])\d|{_COUNT_WORDS}", re.IGNORECASE)
# In an estimate, a line that opens by concluding, its figure drawn from the lines above it ("- 11 groomers" and
# "- 6-8 dogs per day each" over "- so ca. 60-75 appointments per day").
_CONCLUDES = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+)?(?:(?:so|thus|hence|therefore)\b|=>|⇒)[ \t]*,?[ \t]*"
    rf"(?:(?:{_APPROXIMATE.pattern})\.?[ \t]*)?\d",
    re.IGNORECASE,
)


# Where a clause of a line (or a table's cell) starts: "GPS 1/s, avg workout ~45 min" holds two clauses; a
# colon joins a label to its value ("Job definitions: ~500k"), it starts nothing.
_CLAUSE_START = re.compile(r".*(?:[,;(|]|[.!?]\s)")
# "~1,100 of them": a part of the figure before it
_SHARE_OF = re.compile(
    r"[\d,.]*\s*" + SCALE_WORD + r"?\s+of (?:them|those|these|which)\b", re.IGNORECASE
)


# An approximate share: "~25%", "about 8 percent"
_PERCENT = re.compile(rf"(?:{_APPROXIMATE.pattern})\.?\s*\d[\d,.]*\s?(?:%|percent\b)", re.IGNORECASE)


# Three or more counts in a row, each of its own thing, approximate or not: "~300 services, ~2k flags, ~40k SDK
# instances", "~800 staff, 3 floors, 25 printers, ~4k jobs/day" lists what is given; none is worked out from the
# one before.
_GIVEN_RUN = re.compile(
    r"(?:^|[.:;]\s)\W*(?:[~≈]?\s*\d[\d,.]*\s?[A-Za-z]*\s+[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4}"
    r"(?:\s*\([^()\n]{0,30}\))?\s*,\s*(?:and\s+)?){2,}"
    r"[~≈]?\s*\d"
)


def _labelled(line: str, found: re.Match[str]) -> bool:
    """An approximate value a label introduces ("avg workout ~45 min", "avg row about 2 KB") is assumed: its
    clause has words and no figure before it; so is one that opens a sentence. "1M a day, about 12/s" opens
    a clause that goes on from the figure before it: a result."""
    if not _APPROXIMATE.match(found.group(0)):
        return False  # "so 12/s", "which is 40 GB": a result whatever comes before
    # (searched back a sentence's reach only: a line of many figures would be read again for each)
    assumed = _ASSUMING.search(line, max(0, found.start() - _SENTENCE_REACH), found.start())
    if assumed and not _A_RATE.match(line, found.start()):
        return True  # "I assume approx. 4 000 shelters, around 120 000 animals": a count the writer assumes
    if _SHARE_OF.match(line, found.end()):
        return True  # "~8,500 stops, ~1,100 of them with a display": a part of the figure before it, assumed
    if _PERCENT.match(line, found.start()):
        return True  # "~40k quotes/day, ~25% accepted": a share is a ratio assumed, no amount worked out
    if _in_given_run(line, found.start()):
        return True
    head = _CLAUSE_START.match(line, 0, found.start())
    clause = line[head.end() if head else 0 : found.start()]
    if _DIGIT.search(clause) or _CONNECTOR_ONLY.match(clause):
        return False  # "..., so about 2,300 a second" goes on from the figure before it
    # a new sentence that opens with the value ("... for hours. Around 2k workers.") states it afresh
    return bool(_LETTER.search(clause)) or (head is not None and head.group(0).rstrip()[-1:] in ".!?")


def _in_given_run(line: str, at: int) -> bool:
    """The figure at `at` is one of a run of approximate counts of different things (see _GIVEN_RUN)."""
    return ("~" in line or "≈" in line) and any(start <= at < end for start, end in _given_runs(line))


@lru_cache(maxsize=64)
def _given_runs(line: str) -> tuple[tuple[int, int], ...]:
    """Where the line's runs of given counts are, found once for all its figures; a run is given when none
    of its figures is the product of two before it ("~10M users, ~5 posts each, ~50M posts a day")."""
    runs = []
    for run in _GIVEN_RUN.finditer(line):
        # the pattern ends inside the run's last figure: read on far enough for its digits
        counts = itertools.islice(_COUNT.finditer(line, run.start(), run.end() + 24), _MAX_RUN)
        if not _a_product([_value(m) for m in counts]):
            runs.append((run.start(), run.end()))
    return tuple(runs)


_MAX_RUN = 12  # the products looked for are cubic in the run: a longer run is read by its first figures
_COUNT = re.compile(r"(?<![\w.,])[~≈]?\s*(\d[\d,.]*\s?[kmb]?)\b", re.IGNORECASE)


def _value(found: re.Match[str]) -> float:
    """The count as the calculation reader reads it ("2k" is 2,000); 0 where it reads no figure."""
    tokens = tokenize(found.group(1))
    return tokens[0].value if tokens and tokens[0].kind == "num" else 0.0


def _a_product(values: list[float]) -> bool:
    """One value is within 20% of the product of two earlier ones."""
    for k, value in enumerate(values):
        pairs = ((a, b) for i, a in enumerate(values[:k]) for b in values[i + 1 : k])
        if any(a * b and 0.8 <= value / (a * b) <= 1.25 for a, b in pairs):
            return True
    return False
