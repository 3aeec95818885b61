"""Run-in labels: a step's or part's name opening a paragraph, its content on the same line ("API: POST /urls")."""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue
from designlint.doc.implicit import MAX_UNNAMED_WORDS, STEP_LEVEL, Implicit, has_sentence_words, named

# "API: POST /urls -> code", "API (roughly) — search is GET /pets": a label, perhaps with a note in brackets
RUN_IN = re.compile(
    r"^ {0,3}([A-Za-z][A-Za-z /&'-]{0,40}?(?:\s*\([^()\n]{1,30}\))?)\s*(?::|[ \t]--?[ \t]|[ \t][–—][ \t])[ \t]*\S"
)


def run_in(line: str, catalogue: Catalogue, parts_only: bool = False, loose: bool = False) -> Implicit | None:
    """"API: POST /urls -> code": a step's or part's name opening a paragraph, its content on the same line.

    Read only in notes written without Markdown headings (the builder decides), where such
    a label is the only sign of a new part; the label line stays in the part's text. loose: a
    label naming nothing counts too when a colon ends it ("ETA: average transit time").
    """
    found = RUN_IN.match(line)
    if found is None:
        return None
    words = found.group(1)
    if not label_words(words):
        return None
    heading = named(words, catalogue, "run-in")
    if heading is None and loose and line[found.end(1) :].lstrip().startswith(":"):
        return Implicit(STEP_LEVEL, words.strip(), "run-in")
    if heading is None or (parts_only and heading.level == STEP_LEVEL):
        return None
    return Implicit(heading.level, heading.title, "run-in", heading.step)


def label_words(words: str) -> bool:
    """A few words that label what follows them, not a sentence run into a colon: at most MAX_UNNAMED_WORDS,
    none that makes a sentence, unless one word alone that does not point back ("Need: ...", not "This: ...")."""
    return len(words.split()) <= MAX_UNNAMED_WORDS and (not has_sentence_words(words) or _one_word_label(words))


# A word that points at something said before ("This: ...", "Here: ...") opens a sentence even alone.
_POINTING = frozenset({"it", "this", "these", "those", "we", "i", "you", "they", "here", "there", "following"})


def _one_word_label(words: str) -> bool:
    """One word alone before the colon labels what follows ("Need: ...", "Why: ..."), unless it points back."""
    split = words.split()
    return len(split) == 1 and split[0].lower() not in _POINTING
