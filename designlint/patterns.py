"""Checks on regular expressions that come from a team's config, before they run on headings.

Python's `re` has no time limit, so a pattern such as `(a+)+$` can take exponential time on
a crafted heading. Patterns from config are compiled once here, and an unbounded repetition
of a group that itself repeats (the usual shape of catastrophic backtracking) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_LENGTH = 500


def _unbounded_after(pattern: str, index: int) -> bool:
    """True if a quantifier with no upper bound (+, *, {n,}) follows position index."""
    rest = pattern[index:]
    return rest.startswith(("+", "*")) or re.match(r"\{\d*,\}", rest) is not None


def nested_repetition(pattern: str) -> bool:
    """True if some group that contains a repetition is itself repeated without bound."""
    stack: list[bool] = []  # for each open group: does it contain a repetition?
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class or char == "[":
            in_class = char != "]" if in_class else True
        elif char == "(":
            stack.append(False)
        elif char == ")" and stack:
            repeats = stack.pop()
            if repeats and _unbounded_after(pattern, index + 1):
                return True
            if stack:
                stack[-1] = stack[-1] or repeats or _unbounded_after(pattern, index + 1)
        elif char in "+*{" and stack:
            stack[-1] = True
        index += 1
    return False


def problem(pattern: str) -> str | None:
    """Why a config pattern is refused, or None if it may run."""
    if len(pattern) > MAX_LENGTH:
        return f"longer than {MAX_LENGTH} characters"
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    if nested_repetition(pattern):
        return "a repeated group that itself repeats can take exponential time; bound the outer repetition"
    return None


def check_patterns(patterns: Iterable[str], where: str, error: type[Exception]) -> None:
    """Raise error("where: bad pattern 'p': why") for the first pattern that may not run."""
    for pattern in patterns:
        reason = problem(pattern)
        if reason is not None:
            raise error(f"{where}: bad pattern {pattern!r}: {reason}")
