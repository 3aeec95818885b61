"""Compiled regular expressions kept in the cache, so that a short run does not compile them all again.

Python compiles a pattern in Python code (re._parser, then re._compiler); designlint's few hundred
patterns take about 100 ms of a 200 ms one-file run (the pre-commit case). What that compiling
produces is a list of integers (the matcher's program), and re's C core builds a pattern from it in
microseconds, checking the program before it accepts it. So while a run lints, each pattern
re compiles is recorded; at the end, if any was new, the programs go into one sealed cache entry
(cache.py: keyed by designlint's code and the Python build, read only with the user's own key), and
the next run builds its patterns from it.

Only re's private modules make this possible, so it is careful: it turns itself off unless a test
pattern built both ways behaves the same, it falls back to compiling whenever a stored program is
refused, and outside a lint run re is left as it was.
"""

from __future__ import annotations

import base64
import importlib
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from designlint.lint.cache import Store

MAX_PROGRAMS = 5000  # designlint's own patterns number a few hundred; a cap keeps odd runs from growing it
MAX_PATTERN_CHARS = 100_000
_KIND = "programs"

Row = list[Any]  # [flags, code (base64 of the integers), groups, groupindex, indexgroup]


def _private() -> tuple[Any, Any, Any, Any] | None:
    try:
        modules = tuple(importlib.import_module(m) for m in ("_sre", "re._parser", "re._compiler", "re._constants"))
    except ImportError:
        return None
    return modules  # type: ignore[return-value]


_MODULES = _private()


class _Programs:
    """The stored programs, and those compiled during this run."""

    def __init__(self, rows: dict[str, Row]) -> None:
        assert _MODULES is not None
        self.sre, self.parser, self.compiler, self.constants = _MODULES
        self.typecode = next(t for t in "IL" if array(t).itemsize == self.sre.CODESIZE)
        self.rows = rows
        self.added = False

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """re._compiler.compile, from the stored program when there is one."""
        if not isinstance(pattern, str) or flags & self.constants.SRE_FLAG_DEBUG:
            return _ORIGINAL(pattern, flags)
        key = f"{flags}:{pattern}"
        row = self.rows.get(key)
        if row is not None:
            try:
                return self._build(pattern, row)
            except (RuntimeError, TypeError, ValueError, OverflowError, IndexError):
                del self.rows[key]  # refused by re's check or not the shape written: compile it again
        row = self._program(pattern, flags)
        if len(self.rows) < MAX_PROGRAMS and len(pattern) <= MAX_PATTERN_CHARS:
            self.rows[key] = row
            self.added = True
        return self._build(pattern, row)

    def _program(self, pattern: str, flags: int) -> Row:
        """What re._compiler.compile hands to the C core, as a stored row."""
        parsed = self.parser.parse(pattern, flags)
        code = array(self.typecode, self.compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        text = base64.b64encode(code).decode("ascii")
        return [flags | parsed.state.flags, text, parsed.state.groups - 1, groupindex, indexgroup]

    def _build(self, pattern: str, row: Row) -> Any:
        flags, text, groups, groupindex, indexgroup = row
        code = array(self.typecode, base64.b64decode(text, validate=True)).tolist()
        return self.sre.compile(pattern, flags, code, groups, dict(groupindex), tuple(indexgroup))


_ORIGINAL: Any = _MODULES[2].compile if _MODULES else None


def _key(store: Store) -> str:
    assert _MODULES is not None
    return store.key(_KIND, sys.version, str(_MODULES[3].MAGIC))


def _load(store: Store) -> dict[str, Row]:
    value = store.get(_KIND, _key(store))
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, list) and len(v) == 5}


def _works(programs: _Programs) -> bool:
    """A test pattern built from its stored row matches as re's own does; otherwise stay out of the way."""
    sample, text = r"(?P<a>x+)(y|z)?\b", "ab xxz yy"
    try:
        ours = programs._build(sample, programs._program(sample, 0)).search(text)
    except Exception:  # noqa: BLE001 - any surprise from private modules means: do not use them
        return False
    theirs = _ORIGINAL(sample, 0).search(text)
    return ours is not None and theirs is not None and ours.span() == theirs.span() and ours.groups() == theirs.groups()


@contextmanager
def kept(store: Store | None) -> Iterator[None]:
    """While the block runs, re builds patterns from the store's programs; new ones are stored after."""
    if store is None or _MODULES is None or not store.usable:
        yield
        return
    programs = _Programs(_load(store))
    if not _works(programs):
        yield
        return
    compiler = _MODULES[2]
    compiler.compile = programs.compile
    try:
        yield
    finally:
        compiler.compile = _ORIGINAL
        if programs.added:
            store.put(_KIND, _key(store), programs.rows)
