"""Estimates as people say or jot them, made plain for the calculation readers: a pause mid-sentence dropped, a
bare number a span was named by given that span's unit again, a cadence times a count read as the rate it
means ("polling every 2s x 2k boards = 1k rps"), and a product's value named after "so"."""

from __future__ import annotations

import re

from designlint.estimate.lexer import SCALE_WORD
from designlint.estimate.phrasing import SPAN_UNITS

# A pause in speech that the sentence goes on after: "15,000 over 900 is... roughly 170 a second".
_PAUSE = re.compile(r"(?<=[a-z])[ \t]*(?:\.\.\.|…)[ \t]*(?=[a-z~≈\d])")


def plainly(line: str) -> str:
    """The line as its writer means it: without the pauses made mid-sentence (see _PAUSE) or notes that define a
    word with a sign (see _WORDS_NOTE), a cadence times a count
    as the count over the cadence (see _CADENCE_TIMES), a product's value after "so" as its result (see _SO_NAMED),
    and a span named earlier on it given its unit again where a bare number divides by it ("Halftime is 15 minutes,
    900 seconds. 15,000 over 900 is roughly 170 a second")."""
    line = _PAUSE.sub(" ", line) if "..." in line or "…" in line else line
    line = _WORDS_NOTE.sub("", line) if "(" in line else line
    line = _CADENCE_TIMES.sub(r"\g<count> / \g<span>", line) if "every" in line else line
    line = _SO_NAMED.sub(r"\g<expr> ≈ ", line) if ", so " in line else line
    if " over " not in line:
        return line
    line = _SPAN_AGAIN.sub(r"over \g<again>", line)  # "over two hours, 7,200 seconds, that's ..."
    named = {found["n"]: found["unit"] for found in _NAMED_SPAN.finditer(line)}
    return _BARE_OVER.sub(lambda m: f"{m[0]} {named[m['n']]}" if m["n"] in named else m[0], line) if named else line


# A note in brackets that defines a word with a sign and no figure: "a line (a line being "product × quantity")"
# holds no calculation, and its sign would make the sentence's figures read as one.
_WORDS_NOTE = re.compile(r"\s*\((?=[^()\d]*(?:×|\s\*\s))[^()\d]*\)")  # a spaced "*", not emphasis


# Something done every so often, times how many do it: "polling every 2s x 2k boards = 1k rps" is 2k boards
# each once per 2 s; a span times a count would be no rate at all.
_CADENCE_TIMES = re.compile(
    rf"\bevery\s+(?P<span>\d[\d,.]*+\s?{SPAN_UNITS})\s*[x×*]\s*"
    r"(?P<count>\d[\d,.]*+\s?" + SCALE_WORD + r"?(?:\s+[a-z][\w-]*+)?)",
    re.IGNORECASE,
)
# A product, then what it comes to named in the clause after "so": "5M × 40 KB, so the whole corpus is only about
# 20 GB of text".
_FACTOR = r"[~≈]?\d[\d,.]*+\s?(?:[kmb]\b|[KMGTP]i?B\b|bytes?\b)?"
_SO_NAMED = re.compile(
    rf"(?P<expr>(?<![\w.,]){_FACTOR}(?:\s+[a-z][\w-]*+)?\s*[×x*]\s*{_FACTOR}),\s+so\s+(?:the\s+|that\s+|this\s+|it\s+)?"
    r"(?:[a-z][\w-]*+\s+){0,4}?(?:is|are|comes to)\s+(?:only\s+|just\s+)?(?=(?:about\s+|around\s+|roughly\s+|~)?\d)",
    re.IGNORECASE,
)
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
