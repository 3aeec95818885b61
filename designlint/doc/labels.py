"""The label that opens a paragraph or a list item and heads what it says ("Scaling: partition the queue by
user", "**Growth.** Shard the metadata", "- failure: a replica takes over").

A writer who does not open a section for a thought names it in a few words before a colon, or in bold, and
goes on on the same line. What the label names is then the subject of the sentences after it as a heading's
title would be; the outline keeps its sections as they are, so the label is read beside them.
"""

from __future__ import annotations

import re

from designlint.doc.headings import without_note
from designlint.doc.items import ITEM_MARKER
from designlint.doc.runin import RUN_IN, label_words
from designlint.doc.styles import BOLD_LABEL, run_in_lead, run_in_words

# The words of a run-in label alone on their line, the list or paragraph below being what they head: "Scaling:".
_ALONE = re.compile(r"^([A-Za-z][A-Za-z /&'-]{0,40}?(?:\s*\([^()\n]{1,30}\))?)\s*:\s*$")


def opening_label(line: str) -> str:
    """The label opening the line's text (its list marker aside), or "" if it opens with none: bold or italic
    words run in ("**Growth.** ..."), or a few words before a colon or a dash ("Scaling (later): ...")."""
    text = ITEM_MARKER.sub("", line.lstrip(), count=1)
    lead = run_in_lead(text)
    if lead is not None:
        return _label(run_in_words(lead)[0])
    found = RUN_IN.match(text)
    return _label(found.group(1)) if found else ""


def alone_label(line: str) -> str:
    """The label that is the whole line ("Scaling:", "**Failure handling**"), heading the block below it."""
    text = ITEM_MARKER.sub("", line.lstrip(), count=1)
    bold = BOLD_LABEL.match(text)
    if bold is not None:
        return _label(bold.group(1))
    found = _ALONE.match(text.strip())
    return _label(found.group(1)) if found else ""


def _label(words: str) -> str:
    """The words as a label, or "" when they make none (see runin.label_words), a closing note aside."""
    words = without_note(words.strip()).rstrip(".:").strip()
    return words if words and label_words(words) else ""


# A title on a paragraph's first line, its text on the lines right below with no blank line between
# ("pastebin evolution" over "v1 -> 1 app, 1 pg", "5.2 Adding capacity"): notes title a thought that way as
# often as with a colon. A few words with no sentence in them, and nothing that ends a sentence.
_TITLE_LINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?[ \t]+)?([A-Za-z][\w /&'()-]{1,40}?)[ \t]*$")
TITLE_LINE_WORDS = 5


def title_line(text: str) -> str:
    """The title heading a paragraph from its own first line, or "" (one line alone is the outline's to read)."""
    first, _, rest = text.partition("\n")
    if not rest.strip():
        return ""
    return _titled_by(first)


def lone_title(line: str) -> str:
    """The title a line alone gives the block right under it ("scaling" over "- partition by city"), or "".

    The caller checks that no blank line comes between: then the list reads as the line's body, as a paragraph's
    lines do under title_line; after a blank line the lone line is the outline's to read."""
    return _titled_by(line)


def _titled_by(first: str) -> str:
    found = _TITLE_LINE.match(ITEM_MARKER.sub("", first.strip(), count=1))
    if found is None or len(found.group(1).split()) > TITLE_LINE_WORDS:
        return ""
    return _label(found.group(1)) or _asked(found.group(1))


# A title put as what the text answers, with no question mark: "how we scale scheduler", "How it grow".
_ASKED = re.compile(r"^(?:how|why|what|where|when)\s+\w", re.IGNORECASE)


def _asked(words: str) -> str:
    return words.strip() if _ASKED.match(words) else ""
