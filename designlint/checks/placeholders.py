"""Prompts left in a line: a scaffolded doc's "- TODO latency: ..." (S003 reports it), or a note's marker of work
left ("tbd, ran out of time"). A prompt says nothing of the design; what a line goes on to say after its marker's
sentence does ("TODO flesh out. For now NOT covering: tax calc")."""

from __future__ import annotations

import re

# A line left as a prompt in a scaffolded doc ("- TODO latency: ..."), which S003 reports; or in lower case alone or
# before punctuation, as notes type it ("- tbd, ran out of time", "todo: lost ticket flow", not "todo list sharing").
_PLACEHOLDER = re.compile(
    r"^\s*(?:[-*+>]\s*|\d+[.)]\s*)?(?:\*\*|__|\*|_)?"
    r"(?:(?:TODO|TBD|FIXME|XXX)(?![A-Za-z0-9])|(?i:todo|tbd|tba)(?=\s*(?:$|[,.:;!(\-–—])))"
)
PROMPT_WORDS = ("TODO", "TBD", "FIXME", "XXX", "todo", "tbd", "tba", "Todo", "Tbd", "TBA")  # none: no prompt

# The end of a prompt's sentence, a new one opening after it ("e.g. client -> ..." goes on with the same one).
_PROMPT_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.!?]\s+(?=[A-Z])")


def is_placeholder(text: str) -> bool:
    """A line or item that is still a prompt (starts with TODO, TBD, FIXME or XXX)."""
    return bool(_PLACEHOLDER.match(text))


def after_prompt(line: str) -> str:
    """What a line opened by a marker of work left says after the marker's sentence: "TODO flesh out. For now NOT
    covering: tax calc" still leaves tax out. A prompt alone ("- TODO: the core use case") says nothing."""
    found = _PROMPT_END.search(line)
    return line[found.end() :] if found else ""
