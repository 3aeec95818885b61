"""Which kinds of plain-text heading a doc without Markdown headings writes: short lines alone, label
lines ending in a colon, or a memo's lead phrases. Decided once over the whole doc before its blocks
are read (document.parse), so the builder knows from the first paragraph what a heading looks like.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from designlint.catalogue import Catalogue
from designlint.doc.implicit import colon_labels, lead_labels, lone_lines


@dataclass(frozen=True, slots=True)
class Styles:
    lone: bool = False  # one-line paragraphs (and short first lines) read as headings (implicit.lone_lines)
    leads: bool = False  # paragraphs open with lead phrases, a memo's headings (implicit.lead_labels)
    colons: int = 0  # paragraphs opened by a label line ending in a colon (implicit.colon_labels)


def heading_styles(tokens: list[dict[str, Any]], starts: list[int], lines: list[str], catalogue: Catalogue) -> Styles:
    """The plain-text heading styles of a doc with no Markdown heading below its title (none for others)."""
    if any(t["type"] == "heading" and t["attrs"]["level"] >= 2 for t in tokens):
        return Styles()
    firsts = [starts[i] for i, token in enumerate(tokens) if token["type"] == "paragraph"]
    return Styles(_lone(tokens, starts, lines), lead_labels(lines, firsts, catalogue), colon_labels(lines, firsts))


def _lone(tokens: list[dict[str, Any]], starts: list[int], lines: list[str]) -> bool:
    paragraphs = [
        (starts[i], last_content_line(lines, starts[i], starts[i + 1] - 1))
        for i, token in enumerate(tokens[:-1])  # a heading has something below it
        if token["type"] == "paragraph"
    ]
    singles = [start for start, end in paragraphs if start == end]
    return lone_lines(lines, singles, [start for start, end in paragraphs if start < end])


def last_content_line(lines: list[str], start: int, stop: int) -> int:
    """The last non-blank line in start..stop (1-based, inclusive), at least start."""
    end = stop
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end
