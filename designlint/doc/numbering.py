"""Headings numbered by their writer ("## 4. How jobs are picked", "### 5. When things break"): the numbers
say which are siblings when the hashes do not. Quick notes get the hashes wrong more often than the numbers,
so a heading numbered one past a shallower heading is read at that heading's level.
"""

from __future__ import annotations

import re

# "4. Title", "4) Title", "4 Title": one number, not a sub-number ("4.1 Title")
_NUMBER = re.compile(r"^\s*(\d{1,2})(?:[.)]|\s)(?!\d)\s*\S")


class NumberedLevels:
    """The level of each number last seen on a Markdown heading, to read the next number's level by."""

    def __init__(self) -> None:
        self.levels: dict[int, int] = {}

    def level(self, title: str, level: int) -> int:
        """The heading's level: that of the heading numbered one less, where that one is shallower."""
        found = _NUMBER.match(title)
        if found is None:
            return level
        number = int(found.group(1))
        before = self.levels.get(number - 1)
        if before is not None and before < level:
            level = before
        self.levels[number] = level
        return level


# "7a. Forecast for any lat/lon", "4.2 Dirty station data": a title numbered below its section's own number.
SUB_NUMBER = re.compile(r"^\s*\d{1,2}(?:[a-z]|\.\d{1,2})[.)]?\s+[A-Za-z]")
# "a) Streaming format" under "6) Go deeper": a title lettered under its section's number, the number left out.
SUB_LETTER = re.compile(r"^\s*\(?[a-h][.)]\s+[A-Z][\w'/-]*(?: [\w'/&-]+){0,8}\s*$")
