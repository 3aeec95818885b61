"""Turn the lines the outline reads as headings (implicit.py) into real Markdown headings.

Only the start of each such line changes: hashes and a space go in front ("Deep dive"
becomes "## Deep dive"), or a space after the hashes of "##Deep dive"; every other byte
stays as the author wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designlint.catalogue import Catalogue
from designlint.doc.document import Section, parse
from designlint.doc.implicit import MARKED_KINDS
from designlint.doc.marks import markable
from designlint.scaffold.lines import split_lines

_LEAD = re.compile(r"^ {0,3}#*")


def _implicit(section: Section, real: int, implicit_parent: bool) -> Iterator[tuple[Section, int]]:
    """Each implicit heading below section with the level it gets as a Markdown heading.

    A heading goes one below the real heading it sits under (2 at the top), and a part
    written under a plain-line step one more, so the nesting a reader saw is kept.
    """
    for child in section.children:
        if child.implicit and child.implicit not in MARKED_KINDS:
            yield child, min(6, max(real, 1) + 1 + implicit_parent)
        elif child.implicit:
            yield child, child.level
        below = child.level if not child.label else real
        yield from _implicit(child, below, bool(child.implicit) and child.implicit not in MARKED_KINDS)


def _marked(line: str, section: Section, level: int) -> str:
    bom = "\ufeff" if line.startswith("\ufeff") else ""
    line = line[len(bom) :]
    if section.implicit == "hashes":
        lead = _LEAD.match(line)
        at = lead.end() if lead else 0
        return bom + line[:at] + " " + line[at:]
    return bom + "#" * level + " " + line


def markup_headings(text: str, catalogue: Catalogue) -> tuple[str, int]:
    """The text with its implicit headings marked up, and how many were."""
    doc = parse(text, catalogue=catalogue)
    raw = split_lines(text)
    plain = [line.rstrip("\r\n") for line in raw]
    count = 0
    for section, level in _implicit(doc.root, 0, False):
        if not markable(plain, section):
            continue
        raw[section.line - 1] = _marked(raw[section.line - 1], section, level)
        count += 1
    return "".join(raw), count
