"""A count over a window of time, read as a division: "2.4M orders in 3h ≈ 222/s".

"66M pushes, spread over ~6 h (21,600 s) -> ~3k/s", "8.4k over 15 minutes is ~930 a minute", "36 GB in two
hours ~ 5 MB/s": a count over a window, given as a rate, divides by the window. Only a count (no %, no rate of
its own: "10k writes/s over a day" multiplies), only the first figure of an expression, and only right before
a result.
"""

from __future__ import annotations

import re

from designlint.estimate.kept import NUMBER_WORDS
from designlint.estimate.lexer import SCALE_WORD
from designlint.estimate.phrasing import DIGIT, SPAN_UNITS

# A span may be written in words ("in two hours", "over an hour"), or named as the one in question: "30,000 rides
# in that hour", "in the peak hour".
_SPAN_NUMBERS = {"a": 1, "an": 1, "that": 1, "this": 1, "the": 1} | NUMBER_WORDS
_WHICH_SPAN = r"(?:(?:peak|busiest|rush|worst|same|first|last)\s+)?"
_WINDOW = re.compile(
    r"(?P<count>\d[\d,.]*\s?" + SCALE_WORD + r"?"
    r"(?:\s+(?:(?!(?:per|a|an|each|every|in|over|within)\b)[A-Za-z][\w-]*)){0,3})"
    r",?\s*(?:spread\s+)?\b(?:in|over|within)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?"
    rf"(?:(?P<span>\d[\d,.]*\s?{SPAN_UNITS}\b)|(?P<word>{'|'.join(_SPAN_NUMBERS)})\s+{_WHICH_SPAN}(?P<unit>{SPAN_UNITS})\b)"
    r"(?:\s*\([^()]{0,30}\))?\s*$",
    re.IGNORECASE,
)
WINDOW_WORDS = ("in ", "over ", "within ")


def over_window(text: str, divided: bool = True) -> str:
    """The left side with a count over a window of time written as a division (see the module notes); as the
    result of the step before (divided False), the count alone ("= 66M pushes, over 6 h -> ...")."""
    if "/" in text:
        text = _DAY_OVER_SECONDS.sub(_day_over_seconds, text)
    if not any(word in text for word in WINDOW_WORDS):
        return text
    text = _SAME_PERIOD.sub(_count_over, text)
    found = _WINDOW.search(text)
    # a figure before the count makes it a rule ("3 no-shows in 30 days"), unless a colon closes what
    # came before ("5% land in the busiest minute: 2M bids in 60 s")
    if found is None or DIGIT.search(text, text.rfind(": ", 0, found.start()) + 1, found.start()):
        return text
    count = found["count"].rstrip()
    return f"{text[: found.start()]}{count}" + (f" / {_span(found)}" if divided else "")


def _span(found: re.Match[str]) -> str:
    if found["span"]:
        return found["span"]
    return f"{_SPAN_NUMBERS[found['word'].lower()]} {found['unit']}"


def _count(words: int) -> str:
    """A count as a day's rate opens it: a figure, its scale and up to `words` words naming what it counts."""
    return rf"(?P<count>\d[\d,.]*\s?{SCALE_WORD}?(?:\s+[A-Za-z][\w-]*){{0,{words}}}?)"


# A count a day over the seconds of a day ("20 million a day over 86,400 seconds"): the period said twice, once as
# the rate's and once as the window that divides it; the count over the window is what is meant.
_SECONDS = {"day": {"86,400", "86400", "86.4k", "86.4 k"}, "hour": {"3,600", "3600"}, "minute": {"60"}}
_SAME_PERIOD = re.compile(
    _count(3) + r"\s*(?:\ba|\bper|/)\s*(?P<period>day|hour|minute)\b(?P<over>,?\s+(?:over|in)\s+)"
    r"(?P<n>[\d,.]+\s?k?)\s*(?=(?:seconds?|secs?|s)\b)",
    re.IGNORECASE,
)


def _count_over(found: re.Match[str]) -> str:
    same = found["n"].strip().lower() in _SECONDS[found["period"].lower()]
    return f"{found['count']}{found['over']}{found['n']}" if same else found.group(0)


# A day's count divided by the seconds of the hours it happens in ("9.6M/day / 36k ≈ 270/s", "6.24B evals/day =>
# / 23,400 s of session") or by those hours ("3.2M a day / 24 hours"): the period names whose count it is, and the
# divisor, bare, in seconds or in hours, is the window that spreads it. Only a window of an hour to a day (86,400 s
# is read as the day's own), and a bare divisor only of whole half hours: "/ 10" shares a day's count among ten,
# "/ 5000" among five thousand.
_DAY_OVER_SECONDS = re.compile(
    _count(2) + r"\s*(?:/|\bper\s+|\ba\s+)(?:day|d)\b(?P<over>[^/\d]{0,12}/\s*)"
    r"(?P<n>\d[\d,.]*\s?k?)(?:(?P<unit>\s*(?:seconds?|secs?|s)\b)|(?P<hours>\s*(?:hours?|hrs?|h)\b)|(?!\s*[A-Za-z%]))",
    re.IGNORECASE,
)


def _day_over_seconds(found: re.Match[str]) -> str:
    seconds = _seconds(found["n"])
    if seconds is not None and found["hours"]:
        seconds *= HOUR
        return f"{found['count']} / {found['n'].strip()} hours" if HOUR <= seconds <= DAY else found.group(0)
    if seconds is None or not HOUR <= seconds < DAY or not (found["unit"] or seconds % HALF_HOUR == 0):
        return found.group(0)
    return f"{found['count']} / {found['n'].strip()} s"


def _seconds(written: str) -> float | None:
    text = written.strip().lower().replace(",", "")
    scale = 1000.0 if text.endswith("k") else 1.0
    try:
        return float(text.rstrip("k ").strip()) * scale
    except ValueError:
        return None


HALF_HOUR, HOUR, DAY = 1800.0, 3600.0, 86_400.0
