"""Where a cue term of D004-D006 says something else: a phrase of another sense around it ("retry on a version
conflict" is optimistic locking at work, not a part failing), or only the doc's own subject ("backup" in notes
titled "DB backup orchestration" names what is built).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks.statements import Statement
from designlint.checks.textutil import title
from designlint.doc.context import Context


def news(ctx: Context, statement: Statement, options: Mapping[str, Any], found_by: str) -> bool:
    """A term the statement holds says something beyond the doc's subject: in notes titled "DB backup
    orchestration", "backup" names what is built, not a way to survive a failure."""
    if not options.get("beyond-title"):
        return True
    subject = _title_words(ctx)
    said = (_singular(m.group(0)) for m in ctx.terms(found_by).finditer(statement.text))
    return any(not words or not words <= subject for words in said)


_WORDS = re.compile(r"[a-z]+")


def _singular(text: str) -> set[str]:
    return {word.rstrip("s") for word in _WORDS.findall(text.lower())}


def _title_words(ctx: Context) -> set[str]:
    """The words of the doc's title, singular."""
    return ctx.once("design.title_words", lambda: _singular(title(ctx)[1]))


def excused(ctx: Context, statement: Statement, options: Mapping[str, Any], found_by: str) -> bool:
    """Every term the statement holds sits in a phrase of another sense ("retry on a version conflict"
    is how optimistic locking works, not what happens when a part fails)."""
    if "excused" not in options:
        return False
    phrases = ctx.terms(options["excused"])
    # the title over a line of notes gives its sense ("presence" over "client sends heartbeat every 25s"); only
    # the statement's own terms need excusing, not the title's
    label = statement.label
    lead = f"{label}: " if label and label not in statement.text else ""
    text = lead + statement.text
    if not phrases.search(text):
        return False
    blanked = phrases.sub(lambda found: " " * len(found.group(0)), text)
    return ctx.terms(found_by).search(blanked[len(lead) :]) is None
