"""How a chain of steps goes on from a figure it has just given: the figure closed by a comma before the next step
opens ("= ~8.6TB/day raw, ~5x compression => ~1.7TB/day"), a step that only writes the same value another way, a
step said in words after the comma ("77 MB a day, times 365 is ..."), and the last figure a clause gives, which
the next may go on from (a sentence spreading it over a span: see spans.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from designlint.estimate.lexer import SCALE_WORD, Token
from designlint.estimate.parser import Node, Reading, evaluate
from designlint.estimate.quantity import DEFAULT_PERIODS, EvalError


def comma_after(rest: Sequence[Token]) -> bool:
    """A middle step's figure, with the words naming it, closed by a comma: what follows opens the next step
    ("= ~8.6TB/day raw, ~5x compression => ~1.7TB/day")."""
    kinds = [t.kind for t in rest]
    stop = next((k for k, kind in enumerate(kinds) if kind != "word"), None)
    if stop is None or rest[stop].text.strip() != ",":
        return False
    # a step that goes on from the figure ("≈ 51B records, times 2 KB ≈ 10 TB") is read by the clause's readers
    after = rest[stop + 1] if stop + 1 < len(rest) else None
    return after is None or not (after.kind == "op" or after.text.strip().lower() in _GOES_ON)


_GOES_ON = frozenset({"times", "multiplied", "divided", "plus", "minus", "over", "x", "×"})


def same_value(a: Node, b: Node) -> bool:
    """Two expressions of one value (within 15%): a step that writes the product another way ("2 x 6 = 3 x 4")."""
    try:
        x, y = (abs(evaluate(n, Reading(DEFAULT_PERIODS)).value) for n in (a, b))
    except (EvalError, ZeroDivisionError, OverflowError):
        return True  # what cannot be worked out is not read as a slip
    return x == y or (min(x, y) > 0 and max(x, y) / min(x, y) < 1.15)


# A share of the figure before, named by what it is for: "4.8GB total -> ~480MB per shard", "~2 GB each node".
_SHARE = re.compile(
    r"\b(?:per|each|every)\s+(?!(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|mo|years?|yr)\b)"
    r"[a-z][\w-]+",
    re.IGNORECASE,
)


_TOTAL = re.compile(r"\b(?:total|overall|altogether|combined|in all|cluster[- ]wide|fleet[- ]wide)\b", re.IGNORECASE)


def share_of_total(before: str, after: str) -> bool:
    """A figure called a total, then a share of it per thing over a count the line does not give ("4.8GB total ->
    ~480MB per shard", ten shards said a line above): a share, not the same amount restated. ("100 MB/s coming in,
    i.e. roughly 100 Mbps per region" calls nothing a total: it restates, and may slip.)"""
    return _TOTAL.search(before) is not None and _SHARE.search(after) is not None and _SHARE.search(before) is None


# Shares of a whole written with a slash ("80/20 read/write", "90/10 split"): two whole numbers that add up to 100,
# with no unit or scale, split a load; they divide nothing.
_SPLIT = re.compile(r"(?<![\w.,/])(\d{1,2})\s?/\s?(\d{1,2})(?![\w.,/%])")


def split_shares(expression: str) -> bool:
    """The expression holds a split of a whole in per cent ("80/20"), which a writer never means as 80 divided by 20."""
    return any(int(found.group(1)) + int(found.group(2)) == 100 for found in _SPLIT.finditer(expression))


# "384k x 200 B ≈ 77 MB a day, times 365 is about 28 GB a year": a figure just given, closed by a comma, then
# multiplied or divided as the words after it say, and what that comes to. The figure is written twice (see
# phrasing's _WORDED_STEPS): it ends the one step and opens the next. A step that names what it multiplies by
# ("10 GB a day, times 3 replicas = 30 GB") is read as one working by the clause's readers instead.
STEP_AFTER_COMMA = re.compile(
    r"(?P<base>(?<![\w.,])\d++(?:,\d{3})*+(?:\.\d+)?\s?" + SCALE_WORD + r"?(?:\s+[A-Za-z]+){0,3}?"
    r"(?:\s*/\s*[a-z]{1,6}|\s+(?:a|per)\s+(?:day|second|hour|minute|month|week))?)"
    r",\s+(?P<op>times|multiplied by|divided by|multiply by|divide by)\s+(?P<by>\d++(?:,\d{3})*+(?:\.\d+)?)\s*,?\s*"
    r"(?:is|that'?s|that is|which is|gives|comes to|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+|~\s?)?(?=\d)",
    re.IGNORECASE,
)
STEP_AFTER_COMMA_CUES = (", times ", ", multiplied by ", ", divided by ", ", multiply by ", ", divide by ")


def step_after_comma(found: re.Match[str]) -> str:
    """The step STEP_AFTER_COMMA reads, as arithmetic after the figure it goes on from."""
    sign = "/" if found["op"].lower().startswith("divide") else "x"
    return f"{found['base']}; {found['base']} {sign} {found['by']} ≈ "


# A figure with its multiplier or unit: "35,000", "1.2M writes/s", "50 TB", "200 bytes".
FIGURE = re.compile(
    r"(?<![\w.,])(\d[\d,.]*+(?:\s?(?:[kKmMbB](?![a-zA-Z])|thousand|million|billion))?"
    r"(?:\s?[A-Za-z]{1,6}/[a-z]{1,3}|\s?[KMGTP]i?B\b|\s?[Bb]ytes?\b)?)"
)
SIZED = re.compile(r"(?:[KMGTP]i?B|\d\s?B|[Bb]ytes?)$")  # a figure last_figure gives that is a size in bytes


def last_figure(clause: str) -> str:
    """The last figure of a clause, with its multiplier or unit: "one connection per instance, 35,000 in total"."""
    figures = [found.group(1) for found in FIGURE.finditer(clause)]
    return figures[-1] if figures else ""


# The result before, multiplied as the clause after it says: "≈ 17,000 writes per second, and during big live events
# traffic spikes about 4x, to roughly 68,000".
SPIKES = re.compile(
    r"\b(?:spikes?|spiked|peaks?|peaked|jumps?|jumped|rises?|rose|climbs?|climbed|goes up|went up)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|~\s?)?(?P<n>\d+(?:\.\d+)?)\s?[x×],?\s+(?:to|at|so|->|→|=)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~\s?)?(?=\d)",
    re.IGNORECASE,
)
