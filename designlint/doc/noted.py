"""A paragraph written as notes, a thought a line, rather than prose wrapped at a width.

Notes put one thought on each line with no full stop between ("CDN POP down -> next POP" over "origin 5xx ->
serve stale"); prose runs a sentence over its lines at the writer's width. Readers that join a paragraph's lines
(the statements of the design, a calculation broken mid-sentence) ask here first: a paragraph of three lines or
more, most of them short, is notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from designlint.doc.model import Block

NOTE_LINES, NOTE_WIDTH = 3, 60
# Code blocks with no language, or one that is no programming language, hold notes: a cheat sheet fenced to keep its
# columns ("in : upload, share link" over "out: versioning"), a calculation. A program's lines assign and call.
PLAIN_CODE = {"", "text", "txt", "plain", "plaintext", "math", "none", "console", "markdown", "md"}


def program(block: Block) -> bool:
    """A code block in a programming language: its lines are code, not notes."""
    return block.kind == "code" and block.info.strip().split(" ")[0].lower() not in PLAIN_CODE


def as_notes(lines: Sequence[str]) -> bool:
    """The paragraph's lines are a thought each: three or more, the median shorter than NOTE_WIDTH characters, or
    most of them marked as notes mark a line whatever its width: an arrow in it, or an enumerator opening it
    ("a) md5(url)[:7] -> base62 => same url same code / collisions at scale -> check+rehash")."""
    if len(lines) < NOTE_LINES:
        return False
    widths = sorted(len(line.strip()) for line in lines)
    if widths[len(widths) // 2] < NOTE_WIDTH:
        return True
    arrows = sum(1 for line in lines if _ARROW.search(line))
    return arrows * 2 >= len(lines) or sum(1 for line in lines if _ENUMERATOR.match(line)) >= 2


# An arrow in half the lines or more, or two lines opening with an enumerator ("a)", "(b)", "2)"): a cheat sheet's
# lines, not prose wrapped at a width.
_ARROW = re.compile(r"->|=>|→|⇒")
_ENUMERATOR = re.compile(r"^\s*\(?[a-z0-9]\)\s")
