"""A sentence that spreads the figure the one before it ended on over a span of time, as the division it states:
"... 2 billion reads a day. Over 86,400 seconds that's ~23k/s"."""

from __future__ import annotations

import re

from designlint.estimate.chains import FIGURE, SIZED, last_figure
from designlint.termsearch import cued

# A sentence that opens by spreading the figure before it over a span, then says the rate: "Over 86,400 seconds
# that's roughly 23k reads a second".
# "Spread over the whole day that is roughly 17,000 a second": one whole span said in words is one of its unit.
_OVER_SPAN = re.compile(
    r"^\s*(?P<said>(?:spread|averaged|evenly)\s+)?over\s+(?P<span>[\d,.]+\s*(?:seconds?|secs?|s|minutes?|hours?|days?)"
    r"|(?P<one>an?|the|one)\s+(?:(?:whole|full|entire|working)\s+)?"
    # a day or a shift of so many hours: "over a ten-hour day", "over an 8-hour shift"
    r"(?:(?P<hours>\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]hours?\s+(?:working\s+)?)?"
    r"(?P<unit>day|hour|minute|shift))\b,?[^.\d]{0,20}?"
    r"(?:that'?s|that is|is|gives|comes to|->|→|≈)\s*(?=(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d)",
    re.IGNORECASE,
)
_PER_SHORTER = re.compile(
    r"[^.]{0,40}?\b(?:(?:a|per|each|an|every)\s+(?:second|sec|minute|min|hour)|/\s?(?:s|sec|second|min|h|hr)|[kmg]?b?ps|qps|rps)\b",
    re.IGNORECASE,
)
# ... unless what follows works it out itself: "Over 8 hours, that's 15,000 over 28,800 seconds, about 0.5".
_WORKED_AFTER = re.compile(
    r"[~≈]?\s*[\d,.]+\s*(?:k|m|b|thousand|million|billion)?\s*(?:over|/|x|×|\*|÷|divided|times)\s*[\d(]", re.I
)


def spread(clause: str, previous: str) -> str:
    """A sentence that opens by spreading the last figure of the one before over a span (see _OVER_SPAN), as the
    division it states; any other clause as it is."""
    over = _OVER_SPAN.match(clause)
    if over is None or _WORKED_AFTER.match(clause, over.end()):
        return clause
    span = _span(over)
    if over["one"] and not _PER_SHORTER.match(clause, over.end()):
        return _kept_up(clause, over.end(), previous, span)  # "30 a second. Over a day that's about 2.6M"
    if not span or (over["said"] or over["one"]) and not _same_things(previous, clause[over.end() :]):
        return clause  # "10 million pings a day. Spread over 86,400 seconds that's about 12 couriers online"
    figure = last_figure(previous)
    return f"{figure} / {span} ≈ {clause[over.end() :]}" if figure else clause


_HOURS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _span(over: re.Match[str]) -> str:
    """The span _OVER_SPAN names, as the calculator reads one ("1 day", "10 hours", "86,400 seconds"); a shift of
    no stated length is none."""
    if not over["one"]:
        return over["span"]
    if over["hours"]:
        return f"{_HOURS.get(over['hours'].lower(), over['hours'])} hours"
    return "" if over["unit"].lower() == "shift" else f"1 {over['unit']}"


# A rate per a shorter period closing a sentence: "150 riders is 30 location updates a second", "~40/min".
_RATE_CLOSING = re.compile(
    rf"{FIGURE.pattern}(?:\s+[a-z]+){{0,3}}?\s*(?:\s(?:a|per|each|every)\s+(?:second|sec|minute|min|hour)\b"
    r"|/\s?(?:s|sec|min|h|hr)\b)\W*$",
    re.IGNORECASE,
)


def _kept_up(clause: str, end: int, previous: str, span: str) -> str:
    """A count that a rate the sentence before closed on comes to over a span: "... 30 location updates a second.
    Over a ten-hour day that comes to about 1,080,000 points" is the rate times the span."""
    rate = _RATE_CLOSING.search(previous)
    if rate is None or not span:
        return clause  # "Over a day that's about 20M requests" after no rate states no working
    return f"{rate.group(0).rstrip(' .,;')} x {span} ≈ {clause[end:]}"


# The word naming what a figure counts: "frames" in "1.44 billion frames fleet-wide" (not "a" in "50 TB a day").
_COUNTED = re.compile(
    r"^\s*(?:(?:about|around|roughly|~|≈)\s*)?[\d,.]+\s*(?:k|m|b|thousand|million|billion)?\s+([a-z]{3,})"
)
# (a rate's unit names no thing: "about 230k qps")
_NOT_COUNTED = frozenset(
    {"per", "each", "every", "and", "the", "for", "over", "from", "with", "qps", "rps", "tps", "ops"}
)


def _same_things(previous: str, rest: str) -> bool:
    """The rate spread from the figure before counts the same things, or does not say what it counts: "1.44 billion
    frames fleet-wide. Spread over the whole day that is roughly 167,000 frames per second"."""
    figures = list(FIGURE.finditer(previous))
    names = [_thing(previous[figures[-1].start() :] if figures else ""), _thing(rest)]
    return None in names or names[0] == names[1]


def _thing(text: str) -> str | None:
    """What the figure opening the text counts, in the singular; None where it does not say."""
    counted = _COUNTED.match(text)
    word = counted.group(1) if counted else ""
    return None if not word or word in _NOT_COUNTED else word.removesuffix("s")


# "a second", "per sec", "/s", "qps": a rate per second, for the readers below.
_A_SECOND = r"(?:\b(?:a|an|per|each|every)\s+(?:second|sec)\b|/\s?(?:s|sec|second)\b|\b[qrt]ps\b)"


# A sentence that says how many seconds a period holds, then the rate that makes of the total the sentence before
# gave per that period: "240k reports a week. A week is about 600k seconds, so that's roughly 4 a second", "... a
# day. A day is roughly 10^5 seconds, so about 20k a second".
_SECONDS_IN = re.compile(
    r"(?<=[.;]\s)(?:(?:a|one|the|each)\s+(?P<unit>day|week|month|year|hour)\s+(?:is|has|=|≈)\s*"
    r"|there\s+are\s+)(?:about\s+|around\s+|roughly\s+|~\s?|≈\s?)?(?P<n>10\^\d|\d[\d,.]*+\s?(?:k|thousand)?)\s*"
    r"(?:seconds|secs|s)\b(?:\s+in\s+(?:a|one|the)\s+(?P<inner>day|week|month|year|hour)\b)?,?\s*(?:(?:so\s+|and\s+)?"
    r"(?:that'?s|that is|it'?s|it is|this is|which is|which gives|gives|giving|we get|->|→|≈|=)"
    # "so" alone goes on only to a rate per second right after it ("so about 20k ops/sec"), not to another count
    # ("so 2 app servers handle it at about 25 a second each")
    rf"|so(?=\s*(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d[\d,.]*\s?(?:k|m|thousand|million)?\s*"
    rf"(?:[a-z]+\s*){{0,2}}?{_A_SECOND}))\s*"
    r"(?=(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d)",
    re.IGNORECASE,
)


def seconds_in(text: str) -> bool:
    """A sentence says how many seconds a period holds and what that makes a second (see seconds_said)."""
    return "sec" in text and _SECONDS_IN.search(text) is not None


def seconds_said(text: str) -> str:
    """The text with each sentence SECONDS_IN reads written as the division it states: the total before, per the
    period named, over the seconds in it, giving the rate it says per second ("... a week. 240k / 600k s ≈ 4 a
    second"). Only where the sentence before gives its total per that period and the rate is one per second."""
    found = _SECONDS_IN.search(text)
    if found is None:
        return text
    unit = found["unit"] or found["inner"]
    previous = re.split(r"[.;]\s", text[: found.start()].rstrip().rstrip(".;"))[-1]
    figure = last_figure(previous)
    rest = text[found.end() :]
    given = previous[previous.rfind(figure) :] if figure else ""
    if not unit or not _PER_PERIOD[unit.lower()].search(given) or not _PER_SECOND.match(rest):
        return text
    if _WORKED_AFTER.match(rest):
        return text  # "A day is 86,400 s, so 10M / 86,400 ≈ 115/s" works it out itself
    return f"{text[: found.start()]}{figure} / {found['n'].strip()} s ≈ {rest}"


# A rate per second said within the sentence ("roughly 1.5 writes a second", "~230 pings/s", "about 40 qps").
_PER_SECOND = re.compile(r"(?:[^.]|\.(?=\d)){0,40}?" + _A_SECOND, re.IGNORECASE)
# A total given per a period: "240k reports a week", "10M requests/day", "2M daily uploads".
_PER_PERIOD = {
    unit: re.compile(rf"\b(?:a|per|each|every)\s+{unit}\b|/\s?{unit}\b|\b{daily}\b", re.IGNORECASE)
    for unit, daily in (
        ("day", "daily"),
        ("week", "weekly"),
        ("month", "monthly"),
        ("year", "yearly"),
        ("hour", "hourly"),
    )
}


# A clause that takes the amount the one before gave per thing over a count of those things: "30 MB a fitting.
# Over 750 fittings that's about 2.2 GB a year", "~2 KB per booking, so across 40k bookings that is 80 MB".
_OVER_COUNT = re.compile(
    r"^\s*(?:over|across|for)\s+(?:all\s+|the\s+)?(?P<n>\d[\d,]*(?:\.\d+)?\s?(?:k|m|thousand|million)?)\s+"
    r"(?P<thing>[a-z]{3,})\b,?[^.\d]{0,20}?(?:that'?s|that is|it'?s|is|gives|comes to|->|→|≈)\s*"
    r"(?=(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d)",
    re.IGNORECASE,
)


# A count of the thing the clause before sized, pointed back to, and what they come to: "A record is maybe 200 bytes.
# 1.2 million of those comes to about 24 MB".
_COUNT_OF_THOSE = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?P<n>\d[\d,]*(?:\.\d+)?\s?(?:k|m|thousand|million|billion)?)\s+of\s+(?:those|them|these)\s+"
    r"(?:comes?\s+to|is|are|makes?|gives?|adds?\s+up\s+to|=|≈)\s*(?=(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d)",
    re.IGNORECASE,
)


def over_count(clause: str, previous: str) -> str:
    """A clause _OVER_COUNT reads, as the product it states: the amount per thing the clause before ends on, times
    the count ("30 MB x 750 ≈ about 2.2 GB a year"). Only where the amount is given per that very thing; or a count
    "of those" after a clause whose last figure is a size (_COUNT_OF_THOSE)."""
    if (those := _COUNT_OF_THOSE.match(clause)) and SIZED.search(size := last_figure(previous)):
        return f"{size} x {those['n'].strip()} ≈ {clause[those.end() :]}"
    over = _OVER_COUNT.match(clause)
    if over is None:
        return clause
    thing = over["thing"].lower().removesuffix("es" if over["thing"].lower().endswith("ches") else "s")
    per = list(re.finditer(rf"{FIGURE.pattern}\s*(?:an?|per|each|/)\s*{re.escape(thing)}\b", previous, re.I))
    if not per or per[-1].group(1) != last_figure(previous):
        return clause
    return f"{per[-1].group(1)} x {over['n'].strip()} ≈ {clause[over.end() :]}"


# A rate per second kept up over a span of a day or more, and what that comes to: "10 MB/s over a whole day is
# about 864 GB", "250k writes/s for a day gives ~21.6B". The rate times the span.
RATE_OVER_SPAN = re.compile(
    r"(?P<rate>(?<![\w.,])\d[\d,.]*+\s?(?:[KMGTP]i?B|bytes?|k|m|b)?\s?(?:[a-z]+\s?)?"
    r"(?:/\s?s(?:ec)?\b|per\s+sec(?:ond)?\b|a\s+second\b))"
    r"\s+(?:over|across|for|in)\s+(?:a|one)\s+(?:whole\s+|full\s+|single\s+|typical\s+)?(?P<span>day|week|month|year)\b"
    r"[^.\d\n]{0,20}?\s(?:is|gives|comes to|works out to|that'?s|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+)?"
    r"(?=[~≈]?\s*\d)",
    re.IGNORECASE,
)
RATE_OVER_CUES = (" over a", " over one", " for a", " in a", " across a")


def rate_over_span(line: str) -> bool:
    """The line keeps a rate per second up over a span and says what that comes to (see RATE_OVER_SPAN)."""
    return cued(RATE_OVER_CUES, RATE_OVER_SPAN, line)
