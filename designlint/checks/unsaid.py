"""Notes that a thing was not covered ("ran out of time before failure stuff", "Missing: ..."): what such a note
says, or titles, is no part of the design for the design-wide rules D004-D006."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks.statements import Statement, statements
from designlint.doc.context import Context


def unsaid(ctx: Context, statement: Statement, options: Mapping[str, Any]) -> bool:
    """A note that the thing was not covered ("ran out of time before failure stuff"), in the statement,
    opening its paragraph or titling its section: after "Missing: every choice was the only option." the examples that
    follow ("Why H3 vs geohash?") are what was missing too."""
    if "not-covered" not in options:
        return False
    notes = ctx.terms(options["not-covered"])
    # ... or in a section titled as what was left out ("What I skipped": "reads from a replica" there is no plan),
    # unless a retro's answer written afterwards holds it ("What I should have said" over "Failures (didn't get
    # to this at all)": the round missed it, the write-up now says it)
    titles = "" if _REDONE.search(statement.titles) else statement.titles
    # a note that the section is short ("Failure stuff (briefly, ran out of time)") says it is there
    titles = _BRIEF_NOTE.sub("", titles) if "(" in titles else titles
    noted = (statement.text, _opening(ctx, statement.line), titles)
    if any(notes.search(text) is not None for text in noted):
        return True
    return noted_in(ctx, notes, _items_left(ctx, statement.note))


# A line of notes that marks its one item unfinished ("alerting on lag: todo"): the lines beside it are said (the
# paragraph's opening line is read on its own, so "failures: tbd" over it still leaves it all unsaid).
_ITEM_TODO = re.compile(r"(?:[\w-]+ ){0,3}[\w-]+:[ \t]*(?:todo|to-do|tbd|tba)\b\W*", re.IGNORECASE)


def _items_left(ctx: Context, note: str) -> str:
    """The paragraph of notes without the lines that mark only their own item unfinished, worked out once per
    paragraph: each of its lines carries the whole paragraph as its note."""

    def make() -> str:
        low = note.lower()
        return _ITEM_TODO.sub("", note) if any(mark in low for mark in ("todo", "to-do", "tbd", "tba")) else note

    return ctx.once(("unsaid.items_left", note), make) if note else note


def noted_in(ctx: Context, pattern: re.Pattern[str], note: str) -> bool:
    """The pattern finds something in a paragraph of notes, searched once per paragraph however many of its
    lines ask (each line carries the whole paragraph as its note)."""
    return bool(note) and ctx.once(("unsaid.noted_in", pattern.pattern, note), lambda: pattern.search(note) is not None)


_BRIEF_NOTE = re.compile(r"\([^()\n]*\b(?:briefly|quick(?:ly)?|short|partly|partially|in brief)\b[^()\n]*\)", re.I)
_REDONE = re.compile(
    r"\b(?:i|we) (?:should|would|could)(?:'ve| have) (?:said|done|given|drawn|answered|designed)\b"
    r"|\bredo\b|\bdo-?over\b",
    re.IGNORECASE,
)


def _opening(ctx: Context, line: int) -> str:
    """The first statement on a line: a paragraph's sentences all start on its first line."""

    def make() -> dict[int, str]:
        first: dict[int, str] = {}
        for statement in statements(ctx):
            first.setdefault(statement.line, statement.text)
        return first

    return ctx.once("design.openings", make).get(line, "")
