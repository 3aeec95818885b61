"""A quality named only to waive it ("doesn't need to be instant", "no HA needed", "dont need to be realtime"): R003
and R004 read no ask there, unless the figure is what is missing ("no uptime number agreed yet")."""

from __future__ import annotations

import re

# "doesn't need to be instant" waives the quality rather than asking for it, its apostrophe dropped or not.
_NEGATED = re.compile(
    r"(?:\bnot|\bno|\bnever|n't|\b(?:dont|doesnt|didnt|isnt|arent|wont|cant|shouldnt|neednt))\b[\w\s]{0,25}$",
    re.IGNORECASE,
)
# A negation match is at most 30 characters, so 40 before the term always hold it; searching the
# whole prefix for every term of a line was quadratic.
_NEGATION_REACH = 40


def waived(line: str, start: int, end: int) -> bool:
    """The quality is waived ("doesn't need to be instant"), not a target admitted open ("no uptime number yet")."""
    negated = _NEGATED.search(line[max(0, start - _NEGATION_REACH) : start]) is not None
    return negated and _LEFT_OPEN.match(line, end) is None


# After the quality's name, its figure still to be set: "no uptime number agreed yet (ask PM)", "no latency SLO yet".
_LEFT_OPEN = re.compile(r"\s+(?:numbers?|targets?|figures?|goals?|slas?|slos?)\b[\w ]{0,20}?\b(?:yet|tbd|tbc)\b", re.I)
