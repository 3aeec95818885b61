"""The write-up cut into pieces a finding can sit beside: each heading and each top-level block."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from designlint.doc.document import Document, render_html
from designlint.findings import Finding


@dataclass(frozen=True, slots=True)
class Chunk:
    """Source lines first..last, rendered, with the findings that point into them."""

    first: int
    last: int
    html: Markup
    notes: tuple[Finding, ...] = ()


def chunks(doc: Document, findings: Iterable[Finding]) -> list[Chunk]:
    """Headings and blocks in line order, each finding placed at the piece holding its line."""
    pieces = sorted(_pieces(doc), key=lambda piece: piece[0])
    if not pieces:
        pieces = [(1, max(1, len(doc.lines)), Markup("<p><em>The document is empty.</em></p>"))]
    notes: list[list[Finding]] = [[] for _ in pieces]
    starts = [first for first, _, _ in pieces]
    for finding in findings:
        notes[_home(starts, finding.line)].append(finding)
    return [Chunk(first, last, html, tuple(found)) for (first, last, html), found in zip(pieces, notes, strict=True)]


def _pieces(doc: Document) -> Iterable[tuple[int, int, Markup]]:
    for section in doc.sections():
        if not section.label:  # a bold-only paragraph is a block of its own below
            heading = "#" * min(section.level, 6) + " " + section.title
            yield section.line, section.line, Markup(render_html(heading))
        else:
            yield section.line, section.line, Markup(render_html(doc.lines[section.line - 1]))
    for block in doc.blocks():
        yield block.line, block.end_line, Markup(render_html(block.text))


def _home(starts: list[int], line: int) -> int:
    """The piece holding line; else the last one before it (blank lines, front matter); else the first."""
    index = bisect_right(starts, line) - 1
    return max(index, 0)
