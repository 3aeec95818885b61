"""Outlines written by indentation alone: a mind map or an outliner exported as plain text.

    Toll billing
      What it has to do
        read every car at a gantry
      Numbers
        4.5M passages/day

Markdown reads every such line as one paragraph, since indenting a line continues the paragraph
above it. A reader sees a tree: the lines one step in from the root, each over deeper lines of
its own, are the outline's headings, and the lines below them their text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from designlint.catalogue import Catalogue
from designlint.doc.headings import without_note
from designlint.doc.implicit import STEP_LEVEL, Implicit, label

# An outline has a root or heads, their lines and a level below those at least, over this many lines.
MIN_LINES, MIN_DEPTHS, MIN_HEADS = 6, 3, 2
MAX_HEAD_WORDS = 10


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def heads(lines: list[str], start: int, end: int, catalogue: Catalogue) -> frozenset[int]:
    """The lines (1-based) heading an indented outline held in lines start..end, if they are one.

    The heads are the lines at the shallowest indent that has lines below it, under a root line alone
    at the top ("Toll billing") if there is one; a head is short and ends no sentence. Under a root
    naming a step or part ("API" over "gRPC" and "REST" over their calls) the tree is that part's text.
    """
    numbers = [n for n in range(start, end + 1) if lines[n - 1].strip()]
    indents = {n: _indent(lines[n - 1]) for n in numbers}
    if len(numbers) < MIN_LINES or len(set(indents.values())) < MIN_DEPTHS or _drawn(lines[start - 1 : end]):
        return frozenset()
    top = min(indents.values())
    rooted = [n for n in numbers if indents[n] == top] == [start]
    if rooted and label(lines[start - 1].strip(), catalogue, first=True):
        return frozenset()
    level = min((indents[n] for n in numbers if indents[n] > top), default=top) if rooted else top
    found = [n for n in _over_deeper(numbers, indents) if indents[n] == level and _words(lines[n - 1])]
    return frozenset(found) if len(found) >= MIN_HEADS else frozenset()


# Box and arrow characters: a drawing indents its lines too, and tabs line up columns.
_DRAWING = re.compile(r"\||\+-|-\+|\t|[\u2500-\u257f\u25a0-\u25ff]")
_WORDS = re.compile(r"^\s*[A-Za-z\"'(][^|+<>=/{}\[\]\u2190-\u21ff\u2500-\u257f\u25a0-\u25ff]*$")


def _drawn(lines: list[str]) -> bool:
    """Two or more lines drawn with boxes and arrows: a drawing, or a table lined up with tabs."""
    return sum(1 for line in lines if _DRAWING.search(line)) >= 2


def _over_deeper(numbers: list[int], indents: dict[int, int]) -> list[int]:
    """The lines directly over a line indented deeper than themselves."""
    return [n for n, below in itertools.pairwise(numbers) if indents[below] > indents[n]]


def _words(line: str) -> bool:
    """A head's line: a few words, no sentence ended, nothing drawn or coded."""
    words = line.strip()
    return len(words.split()) <= MAX_HEAD_WORDS and not words.endswith((".", ",", ";")) and bool(_WORDS.match(line))


def head(line: str, catalogue: Catalogue) -> Implicit:
    """A head of the outline as a heading: the step or part it names ("What it has to do", "Numbers"), else a
    section of its own ("Pieces", "Plate reads (the hard part)")."""
    words = line.strip()
    found = label(words, catalogue, first=True) or Implicit(STEP_LEVEL, without_note(words) or words, "tree")
    # "tree": marking a head up would leave the lines below it indented into code, so `fix` leaves it
    return replace(found, kind="tree")
