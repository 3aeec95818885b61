"""Write-ups in AsciiDoc: "== Requirements" headings (implicit.equals reads them) and listing blocks
fenced by "----" or "....". Markdown reads such a fence as a setext underline, making the line above
it a heading ("[source,http]" over "----"); in an AsciiDoc doc the fences are read as code fences.
The doc's own lines are kept as written: only the text handed to the Markdown parser changes.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^={2,6}[ \t]+[A-Za-z0-9(]")
_FENCE = re.compile(r"^(?:-{4,}|\.{4,})[ \t]*$")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]")
MIN_HEADINGS = 2


def asciidoc_blocks(lines: list[str]) -> list[str]:
    """The lines with AsciiDoc's listing fences as code fences, in a doc with MIN_HEADINGS "==" headings
    and no Markdown heading (other docs unchanged)."""
    if sum(1 for line in lines if line.startswith("==") and _HEADING.match(line)) < MIN_HEADINGS:
        return lines
    if any(_ATX.match(line) for line in lines):
        return lines
    fences = [i for i, line in enumerate(lines) if _FENCE.match(line)]
    if not fences or len(fences) % 2:
        return lines
    shown = list(lines)
    for i in fences:
        shown[i] = "```"
    return shown
