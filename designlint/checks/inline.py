"""Features set out inline, on one line after a short label: "Must do: create and edit items offline; share a
vault; item history", "In: submit score, global top 100, my rank", "A blob store: buckets, keys, PUT / GET /
DELETE / LIST". One-pagers write their requirements so; R001 reads such a line as a list of its clauses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from designlint.checks.textutil import plain

_LABELLED = re.compile(r"^\W*([A-Za-z][\w' /-]{0,24}?)\s*:\s+(.+)$")
# Labels over what is left out, or over qualities and figures: no features follow them.
_NOT_FEATURES = re.compile(
    r"^(?:out|not\b|non[- ]?goals?|skip\w*|excluded|scale|load|traffic|numbers?|targets?|nfrs?|non[- ]?functional"
    r"|qualit\w+|constraints?|assumptions?|problem|context|status|owner|reviewers?|[\w ]*\bscope\b|[\w ]*\bnotes?\b)",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[a-z)][.!?]\s+[A-Z]")
INLINE_MIN = 3  # clauses that state no quality or figure
MAX_CLAUSE_WORDS = 14


def inline_features(lines: Iterable[str], fact: Callable[[str], bool]) -> bool:
    """Some line sets out INLINE_MIN or more features after a label (clauses split at ";", else at ",")."""
    return any(_features_in(plain(line), fact) >= INLINE_MIN for line in lines)


def _features_in(line: str, fact: Callable[[str], bool]) -> int:
    found = _LABELLED.match(line)
    if found is None or _NOT_FEATURES.match(found.group(1).strip()):
        return 0
    body = found.group(2)
    if _SENTENCES.search(body):
        return 0  # prose after a label ("Quick note on scope: I'm only doing ... I left out ..."), no list
    clauses = re.split(r";\s*", body) if ";" in body else re.split(r",\s*(?:and\s+)?", body)
    return sum(1 for c in clauses if c.strip() and len(c.split()) <= MAX_CLAUSE_WORDS and not fact(c))
