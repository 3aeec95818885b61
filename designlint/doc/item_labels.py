"""A list item that labels the lines after it: a step or part named by a numbered item or a bulleted label
("2. Functional Requirements", "- Non-functional:"), a numbered title run on into its text, or a short
unnamed title over its own lines. pieces.py decides which of a list's items are read this way."""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue
from designlint.doc.headings import strip_markup, without_note
from designlint.doc.implicit import MAX_UNNAMED_ITEM_WORDS, STEP_LEVEL, Implicit, label, named
from designlint.doc.items import BULLETS, ITEM_TEXT
from designlint.doc.runin import run_in


def run_in_item(line: str, catalogue: Catalogue, bullets: bool) -> Implicit | None:
    """ "- flow: feed -> ingest -> apps", "- ETA: average transit time per route": in a list whose items
    label the doc's sections, a bullet opened by a short label and a colon is a section of its own, the
    bullet its text; otherwise the label's section above would run on over it."""
    found = ITEM_TEXT.match(line) if bullets else None
    return None if found is None or found.group(1) not in BULLETS else run_in(found.group(2), catalogue, loose=True)


def item_label(
    lines: list[str], number: int, last: int, only: bool, catalogue: Catalogue, plain: bool = False
) -> Implicit | None:
    found = ITEM_TEXT.match(lines[number - 1])
    if found is None:
        return None
    bullet = found.group(1) in BULLETS
    if bullet and not plain and ":" not in found.group(2):
        return None  # a bulleted label ends in a colon: most bullets are passed over before anything is read
    nested = any(lines[k - 1].strip() for k in range(number + 1, last + 1))
    words = strip_markup(found.group(2)).rstrip()
    if not bullet and (titled := _titled_item(words, catalogue)):
        return titled  # its text runs on after the title: it needs no lines below
    if not (nested or (only and not bullet)) or (bullet and not plain and not words.endswith(":")):
        return None
    # a numbered item whose words are all a step's name is a section title, sentence words and all
    # ("1. What the system must do"): the writer numbers the steps
    heading = label(words, catalogue, True, bare=not bullet or (plain and words.endswith(":")))
    if heading is None:
        return None
    return Implicit(heading.level, heading.title, "bullet" if bullet else "item", heading.step)


# "2) Numbers (~4 min). I said 50m users ...": a numbered item run on from a short title and a full stop
_TITLED = re.compile(r"^([A-Za-z][\w '/&-]{0,30}?(?:\s*\([^()\n]{1,30}\))?)\.[ \t]+\S")


def _titled_item(words: str, catalogue: Catalogue) -> Implicit | None:
    """A numbered item opened by a title naming a step or part and a full stop, its text run on after it
    (a retro's "1) Clarifying (~5 min). We agreed on ..."): the item is that section's text."""
    found = _TITLED.match(words)
    named_step = named(found.group(1), catalogue, "item", whole=True) if found else None
    return None if named_step is None else Implicit(named_step.level, named_step.title, "run-in", named_step.step)


def unnamed_item(lines: list[str], number: int, last: int, alone: bool, bullets: bool = False) -> Implicit | None:
    """A numbered item (bullets: or a bulleted one) over its own lines (or alone, or last, in its list),
    its title short and no sentence."""
    found = ITEM_TEXT.match(lines[number - 1])
    if found is None or (found.group(1) in BULLETS and not bullets):
        return None
    words = strip_markup(found.group(2)).strip()
    if bullets and words.endswith(":") and not words.endswith("::"):
        words = words[:-1].rstrip()  # "what engineers care about:" over its own points labels them
    elif alone and found.group(1) not in BULLETS and words.endswith(".") and not words.endswith(".."):
        words = words[:-1].rstrip()  # a prompt sheet's numbered order: "3. Estimate the scale." over the answer
    # a bullet heads only its own sub-list: a last bullet alone is one more point of the list
    below = any(lines[k - 1].strip() for k in range(number + 1, last + 1))
    nested = (alone and found.group(1) not in BULLETS) or below
    bare = without_note(words) or words  # "cell state (what the pricing store holds per cell)": the note aside
    if not nested or not words or len(bare.split()) > MAX_UNNAMED_ITEM_WORDS or words.endswith((".", ":", ",")):
        return None
    return Implicit(STEP_LEVEL, words, "item")
