"""Headings marked up, but not the way CommonMark reads them: `##Heading` with no space, AsciiDoc's
"== Requirements", LaTeX's "\\section{Requirements}"; and which plain-line headings `designlint fix` can
mark up (markable).
"""

from __future__ import annotations

import re
from typing import Any

from designlint.doc.dialogue import is_turn
from designlint.doc.headings import PICTOGRAPH
from designlint.doc.implicit import MARKED_KINDS, STEP_LEVEL, Implicit
from designlint.doc.model import Section

_HASHES = re.compile(r"^ {0,3}(#{2,6})([^\s#].*?)(?:\s+#+)?\s*$")
_PICTURED = re.compile(rf"{PICTOGRAPH}+\s*[A-Za-z0-9]")


def hashes(line: str) -> Implicit | None:
    """`##Heading`: hashes with no space, which CommonMark leaves as a paragraph; a pictograph may open its
    words ("##🎯 Requirements") as it marks a plain label line."""
    found = _HASHES.match(line)
    if found is None or not (found.group(2)[0].isalnum() or _PICTURED.match(found.group(2))):
        return None
    return Implicit(len(found.group(1)), found.group(2).strip(), "hashes")


# AsciiDoc's headings: "= Title", "== Requirements", "=== Functional" (a closing run of "=" is MediaWiki's).
_EQUALS = re.compile(r"^(={1,6})[ \t]+([A-Za-z0-9(][^\n]*?)(?:[ \t]+=+)?[ \t]*$")


def equals(line: str) -> Implicit | None:
    """An AsciiDoc (or wiki) heading, its level the count of "=" signs; a convention of its own, so no
    `designlint fix` turns it into Markdown."""
    found = _EQUALS.match(line)
    return None if found is None else Implicit(len(found.group(1)), found.group(2).strip(), "equals")


# LaTeX's headings: "\section{Requirements}", "\subsection*{Functional}"; the title in braces.
_LATEX = re.compile(r"^\s*\\(chapter|section|subsection|subsubsection|paragraph)\*?\{([^{}\n]+)\}\s*$")
_LATEX_LEVELS = {"chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}


def latex(line: str) -> Implicit | None:
    """A LaTeX sectioning command as a heading, its level the command's depth; notes kept the LaTeX way
    stay so, as AsciiDoc's do."""
    found = _LATEX.match(line) if "\\" in line else None
    return None if found is None else Implicit(_LATEX_LEVELS[found.group(1)], found.group(2).strip(), "latex")


_INDENTED = re.compile(r"^(?: {4}|\t)")


def markable(lines: tuple[str, ...] | list[str], section: Section) -> bool:
    """Whether `designlint fix` can make this implicit heading a Markdown one by adding hashes.

    Not an exchange, a turn of one or a bulleted label (nothing to mark up), nor a numbered item with a
    line below indented enough to turn into code once the item becomes a heading.
    """
    if section.implicit not in ("hashes", "line", "colon", "item"):
        return False
    if is_turn(lines[section.line - 1]):
        return False  # "A: Functional:" in a transcript is a reply that opens with a label: hashes would end the talk
    if section.implicit != "item":
        return True
    if _BULLET.match(lines[section.line - 1]):
        return False  # a bullet heading its sub-list in notes written as one list: the list stays a list
    return not any(_INDENTED.match(line) for line in lines[section.line : section.end_line] if line.strip())


_BULLET = re.compile(r"^ {0,3}[*+-][ \t]")


def beside_hashes(stack: list[dict[str, Any]], heading: Implicit, level: int) -> int:
    """The level of a plain label naming a step in notes without Markdown headings: after a `##Data` line it is
    that line's sibling, since the writer's hashes mark a heading of the notes' own top level, not a parent of the
    steps after it (a `##Title` above every label heads the whole doc, its steps being its sections)."""
    if heading.kind in MARKED_KINDS or level != STEP_LEVEL or not heading.step:
        return level
    # a label already set beside the hashes stands for them: "high level" after "Deep dive - double booking",
    # itself made the sibling of "##Data model", is the sibling of both
    # (a line alone: a colon's label guesses its step from a word, "features per (u, c):")
    line = heading.kind == "line"
    hashed = next((s for s in reversed(stack) if s["implicit"] == "hashes" or line and s.get("beside")), None)
    if hashed is None or not hashed.get("after_label") or hashed.get("step") == heading.step:
        return level
    return int(hashed["level"])
