"""What a doc declares a day, month or year to be ("assume 2.5 million seconds per month").

Back-of-envelope write-ups round the calendar on purpose; a declaration holds for the
whole doc, so a calculation that uses it is read with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import ParseError, Reading, evaluate, parse
from designlint.estimate.quantity import DEFAULT_PERIODS, NONE, EvalError
from designlint.termsearch import folded

_NUMBER = r"(?P<n>[~≈]?\s*\d[\d.,]*(?:\s*(?:\^|\*\*)\s*\d+)?(?:\s*(?:thousand|million|billion|[KMk](?![\w])))?)"
_PERIOD = r"(?P<p>day|month|year)"
_DECLARATIONS = (
    re.compile(rf"{_NUMBER}\s*(?:seconds|secs|s)\s+(?:per|in\s+an?|an?|each|every)\s+{_PERIOD}\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:an?|one|1|each|every)\s+{_PERIOD}\s*(?:is|has|=|≈|~|of)\s*(?:about|roughly|around|~|≈)?\s*"
        rf"{_NUMBER}\s*(?:seconds|secs|s)\b",
        re.IGNORECASE,
    ),
)
SANE = {"day": (5e4, 2e5), "month": (1e6, 5e6), "year": (1e7, 1e8)}


def periods(lines: Iterable[str]) -> Mapping[str, float]:
    """Seconds in each period name: the defaults, overridden by what the doc declares."""
    found = dict(DEFAULT_PERIODS)
    for line in lines:
        if "second" not in line and "sec" not in line:
            continue
        for pattern in _DECLARATIONS:
            for m in pattern.finditer(line):
                value = _value(m.group("n"))
                low, high = SANE[folded(m.group("p"))]
                if value is not None and low <= value <= high:
                    found[folded(m.group("p"))] = value
    return found


def _value(text: str) -> float | None:
    tokens = tokenize(text.strip())
    try:
        node, end = parse(tokens)
        quantity = evaluate(node, Reading(DEFAULT_PERIODS))
    except (ParseError, EvalError):
        return None
    return quantity.value if end == len(tokens) and quantity.dim == NONE else None
