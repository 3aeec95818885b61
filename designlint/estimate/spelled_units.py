"""Units of data spelled out after a figure, as casual writers put them ("2 gigabytes", "1.6 terabits a second",
"500 megs"), written as their symbols before a line's arithmetic is read: the lexer knows "GB", not "gigabytes",
and a correct "1M x 2 KB = 2 gigabytes" must not read as 2.
"""

from __future__ import annotations

import re

_SPELLED_UNIT = re.compile(
    r"(?<=\d)(\s?)(kilo|mega|giga|tera|peta)(byte|bit)s?\b|(?<=\d)(\s?)(gig|meg)s?\b", re.IGNORECASE
)
_PREFIX_OF = {"kilo": "K", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "gig": "G", "meg": "M"}
_CUES = ("byte", "bit", "gig", "meg")  # a line with none holds no spelled unit


def unit_symbols(text: str) -> str:
    """The text with each unit of data spelled out after a figure written as its symbol ("2 gigabytes": "2 GB")."""
    if not any(cue in text for cue in _CUES):
        return text
    return _SPELLED_UNIT.sub(_symbol, text)


def _symbol(found: re.Match[str]) -> str:
    if found.group(2):
        unit = "B" if found.group(3).lower() == "byte" else "bit"
        return f"{found.group(1)}{_PREFIX_OF[found.group(2).lower()]}{unit}"
    return f"{found.group(4)}{_PREFIX_OF[found.group(5).lower()]}B"
