"""Scope declined in the shapes writers use, composed from closed classes of words (R006).

A term list names phrasings one at a time, and the next writer uses another. These read a shape whose words
come from short lists kept in the vocabulary (the scope-* lists of rules/vocabulary/requirements.toml):

- who decides what the design covers, a negation of intent and the work declined: "we are not going to make
  spell correction", "I won't design the payment side";
- a proposal to leave a part out, asked: "can I drop the co-editing piece?";
- work declined where the doc says so: "and not design it here", "I'll skip refunds for now", "offline
  editing is not addressed in this document", "derivatives are out for today";
- a line labelled as what is left out: "OUT -> vanity domains", "scope cut: anti-cheat", "excl." over a list.

A system's own behaviour ("we drop duplicate events", "ignore pings older than 30 s") names no decider with
an intent, asks nothing and says nothing of the doc: none of the shapes reads it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from designlint.checks.textutil import doc_text_lines
from designlint.doc.context import Context

_LISTS = (
    "scope-deciders",
    "scope-intent-negations",
    "scope-work",
    "scope-work-done",
    "scope-decline",
    "scope-here",
)
_LABELS = "scope-out-labels"
_GAP = r"(?:[\w'-]+\s+){0,2}?"  # a word or two between the parts: "we are not going to", "not going to ever"


def declines(ctx: Context) -> bool:
    """A line of the doc's text declines part of the scope in one of the shapes above."""
    shapes = _shapes(*(ctx.vocabulary[name] for name in _LISTS))
    label = _label(ctx.vocabulary[_LABELS])
    lines = doc_text_lines(ctx)
    for index, (_, line) in enumerate(lines):
        if any(shape.search(line) for shape in shapes) or _labelled(label, lines, index):
            return True
    return False


def _labelled(label: re.Pattern[str], lines: list[tuple[int, str]], index: int) -> bool:
    """The line is an out label with the parts after it, or alone over the line that lists them."""
    found = label.match(lines[index][1])
    if found is None:
        return False
    return bool(found.group("after")) or (index + 1 < len(lines) and bool(lines[index + 1][1].strip()))


def _any(terms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(terms) + ")"


@lru_cache(maxsize=8)
def _shapes(
    deciders: tuple[str, ...],
    intents: tuple[str, ...],
    work: tuple[str, ...],
    done: tuple[str, ...],
    decline: tuple[str, ...],
    here: tuple[str, ...],
) -> tuple[re.Pattern[str], ...]:
    who, verbs, where = _any(deciders), _any(work), _any(here)
    shapes = (
        rf"\b{who}\s+{_GAP}{_any(intents)}\s+{_GAP}{verbs}\b",
        rf"\b(?:can|could|may|should|shall)\s+(?:I|we)\s+(?:just\s+)?{_any(decline)}\b[^?\n]{{1,80}}\?",
        rf"\b(?:not|never)\s+{_GAP}{verbs}\b[^.;\n]{{0,60}}\b{where}\b",
        rf"\b{who}\s+{_GAP}{_any(decline)}\b[^.;\n]{{1,60}}\b{where}\b",
        rf"\b(?:is|are|was|were|be)\s+not\s+(?:\w+\s+)?{_any(done)}\b[^.;\n]{{0,40}}\b{where}\b",
        r"\b(?:is|are)\s+(?:\w+\s+)?out\s+(?:for\s+(?:now|today|this\s+\w+)|of\s+(?:this|the)\s+(?:design|doc|document))\b",
    )
    return tuple(re.compile(shape, re.IGNORECASE) for shape in shapes)


@lru_cache(maxsize=8)
def _label(labels: tuple[str, ...]) -> re.Pattern[str]:
    # the parts follow a sign and start with a word ("out: 200 req/s" is a figure, no part); or the label is alone
    return re.compile(
        rf"^[ \t]*(?:[-*+•][ \t]+)?{_any(labels)}[ \t]*(?:(?::|->|→|=>|—)[ \t]*(?P<after>[A-Za-z])|:?[ \t]*$)",
        re.IGNORECASE,
    )
