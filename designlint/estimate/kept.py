"""A daily amount kept for a span, read as a product: "~164 GB a day, and keeping 30 days of history is ~3 TB".

The retention readers phrasing.clean() rewrites into arithmetic, and the pieces of them overlines.py reads over
two lines: a daily amount, a word for keeping it, and a span, in the forms notes write spans ("30 days",
"retain 90d", "over five years").
"""

from __future__ import annotations

import re

# A daily amount of data ("~86 GB/day"), keeping it, and for how long: shared by the retention readers below.
# (From a figure's first digit only, possessively: a search from each digit of a long run was quadratic.)
DAILY_AMOUNT = r"(?P<rate>(?<![\d,.])\d[\d,.]*+\s?(?:[kmgtpe]i?b|bytes?)\s*(?:a|per|/)\s?day)"
KEEP = r"(?:keep(?:ing)?|kept|retain(?:ing)?|retention|stor(?:e|ing)|hold(?:ing)?)"
# (as notes shorten it too: "retain 30d", "keep 2 yrs", "6mo of history"; one spelled out is written in figures
# first, see spelled_spans)
KEPT_SPAN = r"(?P<span>\d[\d,.]*\s*(?:days?|d|weeks?|wks?|months?|mo|years?|yrs?|y)(?![\w-]))"
# "~164 GB a day, and keeping 30 days of history is ~3 TB", "2 TB a day. Keep raw for 90 days -> ~120 TB": a
# daily amount kept for a span is the amount times the span.
RETAINED = re.compile(
    DAILY_AMOUNT
    + r"(?:\s*[,.;]\s*|\s+)(?:and\s+|so\s+)?"
    + KEEP
    + r"\s+(?:(?:the\s+)?(?:raw|it|them|data|history|everything|all(?:\s+of\s+it)?)\s+)?(?:for\s+)?"
    + KEPT_SPAN
    + r"\b(?:\s+of\s+(?:history|data|raw|logs?|it))?\s*(?:is|=|->|→|≈|:)\s*(?:call it\s*|that'?s\s*)?",
    re.IGNORECASE,
)
# "- ~1 MB/s => ~86 GB/day" over "- keep 30 days of raw pings for disputes => ~8 TB": a daily amount ending
# one line, kept for a span on the next.
# "20M/day kept 7 days × 100 B": a daily count kept for a span is the count times the span.
COUNT_KEPT = re.compile(
    r"(?P<rate>(?<![\w.,])\d[\d,.]*+\s?(?:k|m|b|bn|million|billion)?\s*/\s?day)\s+(?:kept|retained|stored|held)\s+"
    r"(?:for\s+)?(?P<span>\d[\d,.]*\s*days?)\b",
    re.IGNORECASE,
)
# "~38 MB/day, so a full year of events is ~14 GB": one whole span of a daily amount is the amount times it.
A_SPAN_OF = re.compile(
    DAILY_AMOUNT
    + r"\s*[,.;]?\s*(?:and\s+|so\s+)?(?:a|one)\s+(?:full\s+|whole\s+)?(?P<unit>year|month|week)\s+of\s+"
    r"(?:(?:the\s+)?[a-z]+\s+)?(?:is|=|->|→|≈|comes to|would be|will be)\s*(?:about\s+|around\s+|roughly\s+)?",
    re.IGNORECASE,
)
# "~29 GB per day, for 1 year ~ 6 TB", "960k per day, over the 4 days ~3.8M", "43 GB a day. Over 10 years that's
# around 16 TB": a daily amount or count taken over a span after "for" or "over" (or a comma) is the amount times it.
_DAILY_FIGURE = (
    r"(?P<rate>(?<![\d,.])\d[\d,.]*+\s?(?:(?:[kmgtpe]i?b|bytes?)|(?:k|m|bn|million|billion|thousand)?\s*(?:[a-z]+\s+)?)"
    r"\s*(?:a|per|/)\s?day)"
)
FOR_A_SPAN = re.compile(
    _DAILY_FIGURE
    # ... or the span alone after a comma: "500M × 1KB = 500 GB per day, 30 days is 1.5 TB"
    + r"(?:\s*[,;.]\s*(?:so\s+)?(?:for|over)\s+(?:the\s+)?|\s*[,;]\s*(?:so\s+|and\s+)?)"
    + KEPT_SPAN
    + r"\b\s*(?:is|=|->|→|≈|~|comes to|that'?s|which is|gives)\s*(?:about\s+|around\s+|roughly\s+)?(?=\d)",
    re.IGNORECASE,
)

# "30 GB/day. With 90-day retention the log table holds about 27 TB", "500 GB of raw data per day. We keep raw events
# for 30 days (1.5 TB)": a daily amount, then (in its sentence or the next) how long it is kept, then what that comes
# to, in words no figure comes between. The words between may not make a copy, a compression or a sample of it.
_NO_RESHAPE = r"(?!(?:compress|replica|cop(?:y|ies)|dedup|sampl|aggregat|roll|downsampl|index|summar)\w*)"
_SPAN_UNITS = r"days?|d|weeks?|months?|years?|yrs?"
HELD_FOR = re.compile(
    r"(?P<amount>(?<![\d,.])\d[\d,.]*+\s?(?:[kmgtpe]i?b|bytes?))(?:\s+of\s+(?:[a-z]+\s+){0,3}?)?\s*(?:a|per|/)\s?"
    r"(?P<per>day|week|month)"
    r"\s*[.,;]?\s*(?:(?:with|and|so|we|i)\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?:(?P<n>\d[\d,.]*)(?:\s*|-)(?P<unit>{_SPAN_UNITS})\s+(?:of\s+)?(?:[a-z]+\s+)?(?:retention|retained|kept|history)"
    rf"|{KEEP}\s+(?:[a-z]+\s+){{0,3}}?(?:for\s+)?(?P<n2>\d[\d,.]*)(?:\s*|-)(?P<unit2>{_SPAN_UNITS})(?![\w-]))"
    rf"(?:\s+{_NO_RESHAPE}[a-z]+){{0,6}}?\s*,?\s*(?:holds?|is|are|=|->|→|≈|comes to|that'?s|gives|so|\()\s*"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?(?=\d)",
    re.IGNORECASE,
)


# The strings a line must hold for HELD_FOR to match it, each tuple all of them: a day's amount, or a week's or a
# month's and a word of keeping (most lines name a month or a week for other reasons; the search is costly).
_KEEPING = ("kee", "kept", "retain", "hist")
HELD_CUES = (("day",),) + tuple((span, word) for span in ("week", "month") for word in _KEEPING)


def held(line: str) -> bool:
    """The line keeps a daily amount (or a weekly or monthly one: "100 TB a month. We keep five years of monthly
    snapshots, so around 6 PB") for a span and says what that comes to, in words (see HELD_FOR)."""
    return any(all(cue in line for cue in cues) for cues in HELD_CUES) and HELD_FOR.search(line) is not None


def held_for(found: re.Match[str]) -> str:
    """The retention HELD_FOR found, as arithmetic: the amount over its period times the span."""
    rate = f"{found['amount']}/{found['per']}"
    span = f"{found['n']} {found['unit']}" if found["n"] else f"{found['n2']} {found['unit2']}"
    return f"{rate}; {rate} x {span} = "


# Small numbers as words, shared with window.py's spans ("in two hours").
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1
    )
}
# A span of time spelled out ("over ten years", "keep two weeks") is that many units. Not "one": "one year of
# events is ..." is read as a whole span (A_SPAN_OF).
_SPELLED = {word: n for word, n in NUMBER_WORDS.items() if n > 1} | {
    "fifteen": 15, "twenty": 20, "thirty": 30, "ninety": 90
}
_SPELLED_SPAN = re.compile(
    rf"\b({'|'.join(_SPELLED)})(?=\s+(?:days?|weeks?|months?|years?)\b)", re.IGNORECASE
)


def spelled_spans(text: str) -> str:
    """The text with each span of time spelled out written in figures ("over five years" -> "over 5 years")."""
    return _SPELLED_SPAN.sub(_spelled, text)


def _spelled(found: re.Match[str]) -> str:
    return str(_SPELLED[found.group(1).lower()])
