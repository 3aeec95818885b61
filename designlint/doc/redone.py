"""A retro's "What I'd do differently" is most often its lessons ("bring up failure before they ask"), which
are no part of the design. Some retros redo the design there instead, one long item per problem ("1. Take
inventory out of the DB for the hot path. Load the stock into Redis ... DB row lock vs Redis counter: ...").
Those items reason as dives do, so the outline takes such a section for the deep-dive step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from designlint.doc.headings import normalize_title
from designlint.doc.model import Section

# The title of a look back at the round: "What I'd do differently", "What I would change (next time)", "Where it
# went wrong", "What I should have said".
_REDONE_TITLE = re.compile(
    r"^(?:what (?:i'?d|i would|we'?d|we would) (?:do differently|change)\b"
    r"|(?:where|what) (?:it|i|we|things) went wrong\b|what went wrong\b"
    r"|what (?:i|we) should have (?:said|done|drawn|built)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# A lesson takes a line or two ("Draw the sync and async paths in two colours"); a redone part reasons at length.
REDONE_WORDS, REDONE_ITEMS = 40, 2


def redone(section: Section) -> bool:
    """The section looks back at the round under its title, and REDONE_ITEMS of its parts or more reason at
    length (REDONE_WORDS words or more each): the design redone, not a list of lessons. Its parts are its list
    items and its subsections ("**2. Pick a counter strategy on purpose.**" over the options weighed)."""
    if not _REDONE_TITLE.match(normalize_title(section.title) or section.title.strip()):
        return False
    items = [item.text for block in section.blocks if block.kind == "list" for item in block.items]
    # a doc's title ("What I'd do differently: my feed round") heads the whole retro, not its redone part
    children = section.children if section.level > 1 else ()
    parts = items + [" ".join(block.text for block in child.all_blocks()) for child in children]
    return sum(1 for text in parts if len(_WORD.findall(text)) >= REDONE_WORDS) >= REDONE_ITEMS


def claim_redone(
    sections: Iterable[Section], steps: dict[str, list[Section]], step_at: dict[int, str], guessed: set[int]
) -> list[Section]:
    """Give the deep-dive step to each redone section no heading names (one it only inherits, a bold label under
    "API I wrote on the board", yields too); the sections claimed. A step guessed from the section's content
    (guessed: their lines) yields too, but for the requirements: a redone design holds figures, but its title
    says it looks back."""
    # the requirements guessed from the opening section are the only ones the doc has: they stay
    own = {s.line for step, named in steps.items() for s in named if s.line not in guessed or step == "requirements"}
    found = [section for section in sections if section.line not in own and redone(section)]
    for section in found:
        for step in list(steps):
            steps[step] = [other for other in steps[step] if other.line != section.line]
            if not steps[step]:
                del steps[step]
        steps.setdefault("deep-dive", []).append(section)
        step_at[section.line] = "deep-dive"
    return found
