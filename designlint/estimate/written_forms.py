"""Figures and units as casual and non-English writers put them, written the lexer's way before a line's arithmetic
is read: a unit of data spelled out after a figure ("2 gigabytes", "1.6 terabits a second", "500 megs") as its
symbol, since the lexer knows "GB", not "gigabytes", and a right "1M x 2 KB = 2 gigabytes" must not read as 2; a
decimal comma ("2,5 million", "0,5 KB", "99,9%") as a point, since "2,5" must not read as 5; thousands grouped
with apostrophes, as Swiss writers do ("1'000'000"), with commas; a range typed with an en dash ("2–3 KB") with a
hyphen, as the range reader knows it; a period said as an adverb after a figure ("$640 daily") as "a day".
"""

from __future__ import annotations

import re

_SPELLED_UNIT = re.compile(
    r"(?<=\d)(\s?)(kilo|mega|giga|tera|peta)(byte|bit)s?\b|(?<=\d)(\s?)(gig|meg)s?\b", re.IGNORECASE
)
_PREFIX_OF = {"kilo": "K", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "gig": "G", "meg": "M"}
_CUES = ("byte", "bit", "gig", "meg")  # a line with none holds no spelled unit


def unit_symbols(text: str) -> str:
    """The text with each unit of data spelled out after a figure written as its symbol ("2 gigabytes": "2 GB")."""
    if not any(cue in text for cue in _CUES):
        return text
    return _SPELLED_UNIT.sub(_symbol, text)


# A decimal comma: one or two digits after it, then a scale, a unit or a per cent ("1,5 GB", "2,5M"); "2,500" and a
# list ("1,2 and 3") keep their commas.
_DECIMAL_COMMA = re.compile(
    r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s?(?:%|€|(?:[KMGTP]i?B|[KMGTP]?bps|[kKmMbBG])(?![\w])"
    r"|(?:k|m|b|bn|mil|million|billion|thousand|lakh|crore)s?\b))"
)


_APOSTROPHE_GROUP = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
_EN_DASH_RANGE = re.compile(r"(?<=\d)–(?=\d)")


def decimal_points(text: str) -> str:
    """The text with each decimal comma before a scale, a unit or a per cent written as a point ("2,5M": "2.5M"),
    thousands grouped by apostrophes grouped by commas ("1'000'000": "1,000,000"), and an en dash between digits
    a hyphen ("2–3 KB": "2-3 KB")."""
    text = _APOSTROPHE_GROUP.sub(",", text) if "'" in text or "’" in text else text
    text = _EN_DASH_RANGE.sub("-", text) if "–" in text else text
    return _DECIMAL_COMMA.sub(r"\1.\2", text) if "," in text else text


def _symbol(found: re.Match[str]) -> str:
    if found.group(2):
        unit = "B" if found.group(3).lower() == "byte" else "bit"
        return f"{found.group(1)}{_PREFIX_OF[found.group(2).lower()]}{unit}"
    return f"{found.group(4)}{_PREFIX_OF[found.group(5).lower()]}B"


# A period said as an adverb right after a figure: "costs about $640 daily, or close to $23k a year".
_PERIOD_ADVERB = re.compile(
    r"(?<=\d)(?P<unit>\s?(?:[kKmMbB]|[KMGTP]i?B|bytes?)?)\s+"
    r"(?P<adverb>daily|hourly|weekly|monthly|yearly|annually|nightly)"
    # (closing its phrase: "24 hourly points" says what is counted)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:or|and|so|which|that|i\.e\.)\b)"
)
_PERIOD_OF = {
    "daily": "a day", "nightly": "a day", "hourly": "an hour", "weekly": "a week", "monthly": "a month",
    "yearly": "a year", "annually": "a year",
}


def period_words(text: str) -> str:
    """The text with a period said as an adverb after a figure written as "a" period ("$640 daily": "$640 a day")."""
    if not any(adverb in text for adverb in _PERIOD_OF) or not _PERIOD_ADVERB.search(text):
        return text
    return _PERIOD_ADVERB.sub(lambda m: f"{m['unit']} {_PERIOD_OF[m['adverb']]}", text)
