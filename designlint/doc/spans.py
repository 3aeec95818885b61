"""Line spans joined once and asked many times: is a line inside any of them?"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class LineSpans:
    """Inclusive (first, last) line spans, joined where they overlap and kept sorted, so a line is placed by one
    binary search: a check that asks this of every section of a long doc stays linear."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def covers(self, line: int) -> bool:
        i = bisect_right(self.starts, line) - 1
        return i >= 0 and line <= self.ends[i]
