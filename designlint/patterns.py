"""Regular expressions that come from a team (config, profiles, rule options, templates, schemas).

Python's `re` has no time limit, so a pattern such as `(a+)+$` can take exponential time on a
crafted heading, and no check of a pattern's shape catches every such pattern. So user patterns
run on the `regex` engine, whose searches take a timeout: `limited` compiles them, and a search
that runs out of time is a one-line ConfigError naming the file and key the pattern came from
(`check_patterns` records that when it checks the pattern). The shape check stays as a quick
first refusal. Built-in patterns (rules/*.toml and the code) stay on `re`: the test suite
checks their time on hostile input (tests/test_linear_time.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from designlint.errors import ConfigError

MAX_LENGTH = 500
# Seconds a search may take: a floor, plus a microsecond per character searched, which is
# 20-100x what a linear pattern needs, so only backtracking reaches it.
TIME_FLOOR, TIME_PER_CHAR = 0.25, 1e-6
_ORIGIN: dict[str, str] = {}  # user pattern -> "file: key" it came from, for the timeout message


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
    """Raise error("where: bad pattern 'p': why") for the first pattern that may not run.

    Each pattern is recorded as coming from where, so that `limited` can name it.
    """
    for pattern in patterns:
        _ORIGIN.setdefault(pattern, where)
        reason = problem(pattern)
        if reason is not None:
            raise error(f"{where}: bad pattern {pattern!r}: {reason}")


def record_origin(pattern: str, where: str) -> None:
    """Note where a user pattern came from (check_patterns does this for the patterns it checks)."""
    _ORIGIN.setdefault(pattern, where)


def _limit(text: str) -> float:
    return TIME_FLOOR + TIME_PER_CHAR * len(text)


class Limited:
    """A pattern compiled by `regex`; every search stops with a ConfigError past its time limit."""

    __slots__ = ("_compiled", "_sources")

    def __init__(self, body: str, flags: int, sources: tuple[str, ...]) -> None:
        import regex  # imported when a user pattern first runs: it costs ~40 ms at start-up

        self._sources = sources
        try:
            self._compiled = regex.compile(body, flags | regex.VERSION0)
        except (regex.error, OverflowError, RecursionError) as exc:
            raise ConfigError(f"{self._where()}: bad pattern {self._shown()!r}: {exc}") from None

    def _where(self, shown: str | None = None) -> str:
        return _ORIGIN.get(shown or self._shown(), "config")

    def _shown(self) -> str:
        return next((s for s in self._sources if s in _ORIGIN), self._sources[0] if self._sources else "")

    def _culprit(self, text: str) -> str:
        """Of several user patterns joined into one, the first that runs out of time alone."""
        import regex

        for source in (s for s in self._sources if s in _ORIGIN):
            try:
                regex.compile(source, self._compiled.flags).search(text, timeout=_limit(text))
            except TimeoutError:
                return source
            except regex.error:
                continue
        return self._shown()

    def _slow(self, text: str) -> ConfigError:
        shown = self._culprit(text) if len(self._sources) > 1 else self._shown()
        return ConfigError(
            f"{self._where(shown)}: pattern {shown!r} took too long on a {len(text)}-character text"
            " (it backtracks); remove nested or overlapping repetition such as (a|aa)+ or (a+)+"
        )

    def search(self, text: str, pos: int = 0) -> Any:
        try:
            return self._compiled.search(text, pos, timeout=_limit(text))
        except TimeoutError:
            raise self._slow(text) from None

    def finditer(self, text: str) -> Iterator[Any]:
        try:
            yield from self._compiled.finditer(text, timeout=_limit(text))
        except TimeoutError:
            raise self._slow(text) from None


@lru_cache(maxsize=512)
def limited(body: str, flags: int = 0, sources: tuple[str, ...] = ()) -> Limited:
    """body compiled for time-limited searches; sources are the user patterns it was built from."""
    return Limited(body, flags, sources or (body,))


def words_pattern(patterns: tuple[str, ...], before: str = r"(?<![\w-])", after: str = r"(?![\w-])") -> Limited:
    """One case-insensitive, time-limited pattern finding any of the user patterns as whole words."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return limited(f"{before}(?:{body}){after}", re.IGNORECASE, patterns)  # same flag value in regex


Searcher = re.Pattern[str] | Limited


def compile_pattern(body: str, flags: int = 0, sources: tuple[str, ...] = ()) -> Searcher:
    """`limited(...)` when any of sources (default: body) came from a user, else `re.compile`."""
    if any(source in _ORIGIN for source in sources or (body,)):
        return limited(body, flags, sources)
    return re.compile(body, flags)
