"""Estimates said out loud, as a transcript or practice notes put them, made plain for the calculation readers:
a pause mid-sentence dropped, and a bare number a span was named by given that span's unit again."""

from __future__ import annotations

import re

from designlint.estimate.phrasing import SPAN_UNITS

# A pause in speech that the sentence goes on after: "15,000 over 900 is... roughly 170 a second".
_PAUSE = re.compile(r"(?<=[a-z])[ \t]*(?:\.\.\.|…)[ \t]*(?=[a-z~≈\d])")


def spoken(line: str) -> str:
    """The line as its speaker means it: without the pauses made mid-sentence (see _PAUSE), and a span named
    earlier on it given its unit again where a bare number divides by it ("Halftime is 15 minutes, 900 seconds.
    15,000 over 900 is roughly 170 a second")."""
    line = _PAUSE.sub(" ", line) if "..." in line or "…" in line else line
    if " over " not in line:
        return line
    line = _SPAN_AGAIN.sub(r"over \g<again>", line)  # "over two hours, 7,200 seconds, that's ..."
    named = {found["n"]: found["unit"] for found in _NAMED_SPAN.finditer(line)}
    return _BARE_OVER.sub(lambda m: f"{m[0]} {named[m['n']]}" if m["n"] in named else m[0], line) if named else line


# A span, then the same span in smaller units between commas: "420k over two hours, 7,200 seconds, that's ...".
_SPAN_AGAIN = re.compile(
    r"\bover\s+(?:a|an|one|two|three|four|five|six|\d+(?:\.\d+)?)\s+(?:days?|hours?|minutes?),\s+"
    r"(?P<again>\d[\d,]*\s?(?:seconds|minutes|hours))(?=\s*,)",
    re.IGNORECASE,
)
_NAMED_SPAN = re.compile(r"(?<![\w.,])(?P<n>\d[\d,]*)\s?(?P<unit>seconds|minutes|hours)\b")
_BARE_OVER = re.compile(
    # a count, perhaps with what it counts ("27,000 scans"), over a bare number
    r"(?<![\w.,])\d[\d,.]*+[kmb]?(?:\s+[a-z][\w-]*+){0,2}?\s+over\s+(?P<n>\d[\d,]*)"
    r"(?![\w.,%/]|\s?(?:k|m|b|ms|thousand|million|" + SPAN_UNITS[3:-1] + r")\b)",
    re.IGNORECASE,
)
