"""A timeline's entry naming the step its minutes went to, as a retro tells its round ("- **0–5 min:** asked
requirements.", "5-20 min: estimation. This was too long"): the entry opens that step and stays its text."""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue
from designlint.doc.headings import strip_markup
from designlint.doc.implicit import Implicit, named

# The span's unit comes after its figures ("0-5 min") or names them before ("Minutes 0-8, requirements.").
_TIMED = re.compile(
    r"^\s*(?:[-*+•]\s+)?\[?(?:(?i:minutes?|mins?)\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|"
    r"\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:min|mins|minutes|m)\b)\]?\s*[:.),-]?\s*"
    r"(?P<step>[A-Za-z][A-Za-z /&'-]{1,30}?)\s*(?:[.:,;]|\s[-–—]\s|$)"
)


def timed(line: str, catalogue: Catalogue) -> Implicit | None:
    """A timeline's entry naming the step its minutes went to ("5-20 min: estimation. This was too long",
    "- **0–5 min:** asked requirements."): the entry opens that step's section and stays its text."""
    found = _TIMED.match(strip_markup(line)) if _SPAN_START.match(line) else None
    if found is None:
        return None
    words = _DONE.sub("", found["step"], count=1)  # "asked requirements", "drew the boxes": what was done to it
    heading = named(words, catalogue, "run-in", whole=True)
    return None if heading is None else Implicit(heading.level, heading.title, "run-in", heading.step)


_SPAN_START = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?\[?(?:\d|min)", re.IGNORECASE)
_DONE = re.compile(
    r"^(?:asked|did|drew|clarified|wrote|started|went (?:to|into)|moved to|sketched|on)\s+(?:the\s+)?", re.IGNORECASE
)
