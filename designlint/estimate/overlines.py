"""Steps written over two lines: a figure ending one line that the next keeps, restates, peaks or compresses.

"~1 MB/s => ~86 GB/day" over "- keep 30 days of raw pings => ~8 TB": the line below works on the line above's
result without writing it again; each reader returns the calculation the pair states, or None.
"""

from __future__ import annotations

import re

from designlint.estimate.finder import NOTE_LINE
from designlint.estimate.kept import DAILY_AMOUNT, KEEP, KEPT_SPAN
from designlint.estimate.lexer import AMOUNT_CHANGERS, SCALE_WORD

# (a word may say what the amount is: "~4.3 TB/day raw")
_DAILY_END = re.compile(DAILY_AMOUNT + r"(?:\s+[a-z]+)?\W*$", re.IGNORECASE)
# An amount a month or a year ending a line, kept for a span on the next: "~73 TB/yr" over "keep 5 yrs -> ~365 TB".
_TAIL = 12  # the characters at the line's end its period must stand in: "TB/yr", "a month ->"
_LONGER_END = re.compile(
    r"(?P<rate>(?<![\d,.])\d[\d,.]*+\s?(?:[kmgtpe]i?b|bytes?)\s*(?:a|per|/)\s?(?:month|mo|year|yr))\W*$", re.I
)
# A word after the result that names where it lies ("~18 PB on the ES cluster", "~600 TB total"), not one that
# changes the amount ("~1 PB with replicas", "x 3"). The result keeps its unit (possessive): "~120 GB per replica"
# is no bare "~120" before the word "GB".
_PLAIN_WORD = rf"(?!(?:{AMOUNT_CHANGERS})\b)[a-z]{{2,}}\b"
# What the keeping comes to, alone, after a sign, "is" or a colon ("keep 1yr of swipes for recs: ~6.8 TB"):
# "keep 1 year -> 72 GB * 365 = ~26 TB" and "keep 5 yrs: 200GB x 365 x 5 = 36 TB"
# work it out on their own line. The result follows the first sign: "15 d retention -> ~120 GB per replica, x2 =
# 240 GB" keeps 120 GB, not the 240 after it.
_KEPT_RESULT = (
    r"\b(?:(?!=>|->|→|≈|=|:|[x×*]\s?\d)[^\n]){0,60}?(?:=>|->|→|≈|=|:|\bis\b)\s*"
    r"(?P<result>(?:~|≈|about\s)?\s*\d[\d,.]*+\s?+[A-Za-z]{0,3}+)(?=\s*(?:$|[,;(]|\.(?!\d))|\s+" + _PLAIN_WORD + ")"
)
# "raw retention   30 days -> ~2.6 TB": a word may name what is kept before the keeping.
_KEPT_NEXT = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:[a-z]+\s+)?" + KEEP + r"\s+(?:[a-z]+\s+){0,3}?" + KEPT_SPAN + _KEPT_RESULT,
    re.IGNORECASE,
)


# "30 days retention -> ~3.6 GB": the span first, then the keeping.
_SPAN_KEPT_NEXT = re.compile(
    r"^\s*(?:[-*+]\s+)?" + KEPT_SPAN + r"\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?" + KEEP + _KEPT_RESULT, re.IGNORECASE
)


def kept_over_lines(line: str, below: str) -> str | None:
    """The retention a pair of lines works out ("86 GB/day x 30 days = ~8 TB"), when line ends with an
    amount a day, a month or a year and the line below keeps it for a span; None otherwise."""
    rate = _DAILY_END.search(line) if "day" in line else None
    longer = any(unit in line.rstrip()[-_TAIL:].lower() for unit in ("yr", "year", "mo"))  # the rate ends the line
    rate = rate or (_LONGER_END.search(line) if longer else None)
    kept = (_KEPT_NEXT.match(below) or _SPAN_KEPT_NEXT.match(below)) if rate else None
    return f"{rate['rate']} x {kept['span']} = {kept['result']}" if rate and kept else None


# "event size ~200 B -> 48 GB/day" over "per year -> ~1.7 TB/yr": a daily amount ending one line, restated
# for a longer period on the next.
# The figure is the restated result only when nothing works on it: "per year = 58 GB x 365 = ~21 TB" is a
# calculation of its own, its first figure an operand.
_NO_OPERATOR = r"(?!\s*[x×*/](?:\s|\d))"
_PERIOD_NEXT = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:per|a|each|every)\s+(?P<period>year|yr|month|mo)\b[^=\d\n]{0,60}?(?:=>|->|→|≈|=|:)\s*"
    r"(?P<result>(?:~|≈|about\s)?\s*\d[\d,.]*\s?[kmgtpe]i?b)\b" + _NO_OPERATOR,
    re.IGNORECASE,
)
_PERIOD_DAYS = {"year": "365 days", "yr": "365 days", "month": "30 days", "mo": "30 days"}


def restated_over_lines(line: str, below: str) -> str | None:
    """The calculation a pair of lines makes when the line below restates a daily amount for a year or a month."""
    rate, period = _DAILY_END.search(line), _PERIOD_NEXT.match(below)
    if not (rate and period):
        return None
    return f"{rate['rate']} x {_PERIOD_DAYS[period['period'].lower()]} = {period['result']}"


# "200M / 86400 = ~2.3k writes/s" over "peak 5x (evening) => ~12k writes/s": a rate per second ending one line, and
# the line below raising it by a peak factor to a result of its own.
# "2.3k writes/s", "40 qps", "23k messages per second"
_PER_SECOND = r"\d[\d,.]*\s?(?:k|m)?\s?(?:[a-z]+\s?)?(?:/\s?s(?:ec)?|qps|rps|per\s(?:second|sec))\b"
_RATE_END = re.compile(rf"(?P<rate>{_PER_SECOND})[^\d\n]{{0,20}}$", re.IGNORECASE)
# A peak's result after its factor: a sign, or words ("peak 3x, so around 120k per second")
_PEAK_RESULT = (
    r"(?:=>|->|→|≈|=|,?\s*(?:so\s+)?(?:roughly|about|around|approx\.?|~))\s*"
    rf"(?P<result>(?:~|≈|about\s)?\s*{_PER_SECOND})"
)
# A factor is a multiplier of its own: "peak ingress ~270 x 400KB ≈ 108MB/s" multiplies two figures, no peak factor.
_NO_OPERAND = r"(?![\w])(?!\s*\d)"
_PEAK_NEXT = re.compile(
    r"^\s*(?:[-*+]\s+)?peak\b[^=\d\n]{0,15}(?P<factor>\d+(?:\.\d+)?)\s?[x×]"
    + _NO_OPERAND
    + r"[^=\n]{0,60}?"
    + _PEAK_RESULT,
    re.IGNORECASE,
)


def peaked_over_lines(line: str, below: str) -> str | None:
    """The peak a pair of lines works out ("2.3k writes/s x 5 = ~12k writes/s"), when line ends with a rate per
    second and the line below raises it by a peak factor; None otherwise."""
    if "peak" not in below.lower():
        return None
    rate, peak = _RATE_END.search(line), _PEAK_NEXT.match(below)
    return f"{rate['rate']} x {peak['factor']} = {peak['result']}" if rate and peak else None


# "about 2.3k writes/sec average ... peak 3x, roughly 9k writes/s": the same on one line, where the line holds
# one rate per second before "peak" (with two, "reads 10k/s, writes 2k/s; peak 3x", the base is unclear).
_RATE = re.compile(_PER_SECOND, re.IGNORECASE)
_PEAK_AFTER = re.compile(
    r"\bpeak\b[^=\d\n]{0,15}(?P<factor>\d+(?:\.\d+)?)\s?[x×]" + _NO_OPERAND + r"[^=\d\n]{0,40}?" + _PEAK_RESULT,
    re.IGNORECASE,
)


def peaked_in_line(line: str) -> str | None:
    """The peak one line works out from its own average ("2.3k writes/s x 3 = 9k writes/s"), or None."""
    if "peak" not in line.lower():
        return None
    peak = _PEAK_AFTER.search(line)
    rates = list(_RATE.finditer(line, 0, peak.start())) if peak else []
    if not (peak and len(rates) == 1) or _BOUND_BEFORE.search(line, 0, rates[0].start()):
        return None  # "<1/s avg. peak 10x -> ~7/s": a bound is no base to multiply
    return f"{rates[0].group(0)} x {peak['factor']} = {peak['result']}"


_BOUND_BEFORE = re.compile(r"(?:[<>≤≥]|\b(?:under|below|less than|more than|over|up to|at most|at least))\s*$", re.I)


# "~200B/event raw → 400GB/day → 146TB/yr raw" over "- columnar + zstd ~10x → 1.46TB/yr on disk": an amount of
# data ending one line, and the line below shrinking it by a compression ratio to a result of its own.
_AMOUNT_END = re.compile(
    r"(?P<amount>(?<![\d,.])\d[\d,.]*+\s?[kKMGTPE]i?B(?:\s?/\s?(?:day|d|month|mo|year|yr))?)[^\d\n]{0,20}$"
)
_SHRUNK_NEXT = re.compile(
    r"^\s*(?:[-*+]\s+)?[^=\d\n]{0,40}?\b(?:compress\w*|zstd|gzip|lz4|snappy|columnar|parquet|dedup\w*|encod\w*)\b"
    r"[^=\d\n]{0,20}?(?:~|≈|about\s)?(?P<factor>\d+(?:\.\d+)?)\s?[x×](?![\w])[^=\d\n]{0,20}?"
    r"(?:=>|->|→|≈|=)\s*(?P<result>(?:~|≈|about\s)?\s*\d[\d,.]*\s?[kKMGTPE]i?B(?:\s?/\s?(?:day|d|month|mo|year|yr))?)",
    re.IGNORECASE,
)


# (tested as substrings of the lowered line: a case-blind search of nine words costs far more, line after line)
_SHRINK_WORDS = ("compress", "zstd", "gzip", "lz4", "snappy", "columnar", "parquet", "dedup", "encod")


def shrunk_over_lines(line: str, below: str) -> str | None:
    """The size a pair of lines works out when the line below compresses the line above's amount by a ratio
    ("146TB/yr / 10 = 1.46TB/yr"); None otherwise."""
    low = below.lower()
    if len(below) > NOTE_LINE or not any(word in low for word in _SHRINK_WORDS):
        return None  # a note's short line, naming a compression: most lines are neither, and these tests are cheap
    amount, shrunk = _AMOUNT_END.search(line), _SHRUNK_NEXT.match(below)
    return f"{amount['amount']} / {shrunk['factor']} = {shrunk['result']}" if amount and shrunk else None


# A size per thing on a line of notes, and the total it comes to ("outputs/logs 10 KB per sub → 1 GB per contest"),
# under a line that counts those things ("1M submissions / 90 min"): the count times the size.
_SIZE_PER = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:[\w/ -]{0,24}?[ \t])?(?P<size>~?\d[\d,.]*\s?(?:[KMGTP]i?B|bytes?))\s+per\s+"
    r"(?P<noun>[a-z]{3,})\b\s*(?:->|→|=>|=)\s*(?P<rest>~?\s*\d.*)$",
    re.IGNORECASE,
)
# (a count in scientific notation is one figure: "9 × 10^11 calls", never "11 calls")
_COUNT_OF = re.compile(
    r"(?<![\w.,^])(?P<count>(?:\d[\d,.]*\s?[x×*]\s?10\s?\^\s?)?\d[\d,.]*\s?" + SCALE_WORD + r"?)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>[a-z]{3,})(?P<per>/\s?(?:day|d|s|sec|mo|month|yr|year))?",
    re.IGNORECASE,
)


def sized_over_lines(line: str, below: str) -> str | None:
    """The calculation a size per thing under a count of those things makes: "1M submissions" over "10 KB per sub
    → 1 GB" gives "1M x 10 KB = 1 GB". The thing must be the same one, a word of either naming the other's start."""
    found = _SIZE_PER.match(below) if " per " in below and len(below) <= NOTE_LINE else None
    if found is None:
        return None
    noun = found["noun"].lower().rstrip("s")
    counts = [c for c in _COUNT_OF.finditer(line) if _same_thing(c["noun"].lower().rstrip("s"), noun)]
    if not counts:
        return None
    count = counts[-1]
    return f"{count['count']}{count['per'] or ''} x {found['size']} = {found['rest']}"


def _same_thing(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one)


# A table of figures, a thing a row, one rate restated per another period on the next row: "| parcels per hour | 450
# |" over "| parcels per minute | ca. 75 |". The figure cell holds one value, no working (the row's own reader has
# those).
_PERIOD_ROW = re.compile(
    r"^\s*\|\s*(?P<thing>[A-Za-z][\w ]*?)\s+(?:per|a|/)\s*(?P<period>second|minute|hour|day|week|month|year)s?\b"
    r"[^|]*\|\s*(?P<value>(?:ca\.?\s*|~\s*|about\s+)?\d[\d.,]*\s?[kKmM]?)\s*\|\s*$"
)


def period_rows(line: str, below: str) -> str | None:
    """The two rows as one restatement ("450 parcels per hour -> ca. 75 parcels per minute"), or None."""
    one, other = _PERIOD_ROW.match(line), _PERIOD_ROW.match(below)
    if one is None or other is None or one["thing"].lower() != other["thing"].lower():
        return None
    # (a day may be a working day of any length: only the clock's own periods restate one another exactly)
    if one["period"] == other["period"] or not {one["period"], other["period"]} <= _CLOCK:
        return None
    said = (f"{row['value'].strip()} {row['thing']} per {row['period']}" for row in (one, other))
    return " -> ".join(said)


_CLOCK = frozenset({"second", "minute", "hour"})
