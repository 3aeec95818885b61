"""Content cues: how many lines of a section's blocks show a step or part by what they hold, not by the
heading above them (a keyed field list is a data model, "GET /x" an API)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from designlint.catalogue import Entry
from designlint.doc.model import Block, Section
from designlint.termsearch import may_hold


@lru_cache(maxsize=64)
def any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds what any of _compiled(patterns) finds: one search per line, not one per cue."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _any_line_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """_any_of with ^ and $ at each line: on a whole block it finds whatever it finds on one of its lines."""
    return re.compile(any_of(patterns).pattern, re.IGNORECASE | re.MULTILINE)


def content_lines(blocks: Iterable[Block], entry: Entry, enough: int) -> int:
    """How many lines of these blocks match the entry's content cues, counting up to enough."""
    search = any_of(entry.content).search
    whole = _any_line_of(entry.content).search
    other = any_of(entry.content_not).search if entry.content_not else None
    hits = 0
    for block in blocks:
        if not may_hold(entry.content, block.text) or ("\n" in block.text and not whole(block.text)):
            continue  # no line of it can match: most blocks hold no cue of most entries
        if other is not None and other(block.text):
            continue  # the block shows something else (see Entry.content_not)
        for line in block.text.split("\n"):
            if search(line):
                hits += 1
                if hits >= enough:
                    return hits
    return hits


def content_matches(section: Section, entry: Entry) -> bool:
    """At least content_min lines of the section's own blocks match the entry's cues."""
    return bool(entry.content) and content_lines(section.blocks, entry, entry.content_min) >= entry.content_min
