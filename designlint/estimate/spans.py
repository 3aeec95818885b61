"""A sentence that spreads the figure the one before it ended on over a span of time, as the division it states:
"... 2 billion reads a day. Over 86,400 seconds that's ~23k/s"."""

from __future__ import annotations

import re

from designlint.estimate.chains import FIGURE, last_figure

# A sentence that opens by spreading the figure before it over a span, then says the rate: "Over 86,400 seconds
# that's roughly 23k reads a second".
# "Spread over the whole day that is roughly 17,000 a second": one whole span said in words is one of its unit.
_OVER_SPAN = re.compile(
    r"^\s*(?P<said>(?:spread|averaged|evenly)\s+)?over\s+(?P<span>[\d,.]+\s*(?:seconds?|secs?|s|minutes?|hours?|days?)"
    r"|(?P<one>a|the|one)\s+(?:(?:whole|full|entire)\s+)?(?P<unit>day|hour|minute))\b,?[^.\d]{0,20}?"
    r"(?:that'?s|that is|is|gives|->|→|≈)\s*(?=(?:about\s+|around\s+|roughly\s+|~|≈)?\s*\d)",
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
    if over["one"] and not _PER_SHORTER.match(clause, over.end()):
        return clause  # "Over a day that's about 20M requests" may multiply a rate: divided, it gives a rate
    if (over["said"] or over["one"]) and not _same_things(previous, clause[over.end() :]):
        return clause  # "10 million pings a day. Spread over 86,400 seconds that's about 12 couriers online"
    figure = last_figure(previous)
    span = f"1 {over['unit']}" if over["one"] else over["span"]
    return f"{figure} / {span} ≈ {clause[over.end() :]}" if figure else clause


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
