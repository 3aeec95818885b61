"""Prose pasted with an indent: a doc exported from a word processor indents its text by a tab's width.

CommonMark reads four spaces of indent after a blank line as a code block, so such a doc's whole body
is code to the parse, while a reader sees paragraphs and bulleted lines. An indented code block whose
lines read as prose (words, sentences, bullets) is read as text; one holding a drawing, code or short
lines of names (a schema, a call list) stays code.
"""

from __future__ import annotations

import re
from typing import Any

from designlint.doc.items import TYPED_BULLETS

# A line of prose opens with a word or a figure, perhaps after a bullet, an item's number or letter ("A )"),
# an arrow drawing a conclusion ("->  Pull.") or a review thread's tag ("[comment] Priya: why precompute?").
_PROSE_OPENING = re.compile(
    rf"^\s*(?:\[[A-Za-z][\w -]{{0,20}}\]\s*)?"
    rf"(?:[{TYPED_BULLETS}*+–—-]\s+|\(?[0-9A-Za-z]{{1,2}}\s?[.)]\s+|(?:->|→|=>)\s*)?[A-Za-z0-9\"'(~]"
)
# What code and drawings hold and prose does not: braces, a statement's end, box lines, a call.
_CODE = re.compile(
    r"[{}|\\·]|;\s*$|\+-|-\+|[\u2500-\u257f]|^\s*(?:def|class|import|return|select|insert|create)\b|\w\(", re.IGNORECASE
)
SENTENCE_WORDS = 6


def prose_code_blocks(tokens: list[dict[str, Any]], starts: list[int], lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) lines of each indented code block whose lines read as prose."""
    found = []
    for index, token in enumerate(tokens):
        if token["type"] != "block_code" or token.get("style") != "indent":
            continue
        first = starts[index]
        last = first + token["raw"].rstrip("\n").count("\n")
        if _prose(lines[first - 1 : last]):
            found.append((first, last))
    return found


def _prose(block: list[str]) -> bool:
    """Nearly every line opens as prose and holds no code (a call named in a sentence may: "bucket =
    hash(user_id) mod 1000"), and most are sentences of several words."""
    text = [line for line in block if line.strip()]
    plain = sum(1 for line in text if _PROSE_OPENING.match(line) and not _CODE.search(line))
    allowed = max(1, len(text) // PROSE_SHARE) if len(text) >= MIN_LINES_WITH_CODE else 0
    if not text or len(text) - plain > allowed:
        return False
    return sum(1 for line in text if len(line.split()) >= SENTENCE_WORDS) * 2 >= len(text)


PROSE_SHARE = 8  # one line in this many (one at least, in a block of three lines or more) may hold a mark of code
MIN_LINES_WITH_CODE = 3


def dedented(lines: list[str], blocks: list[tuple[int, int]]) -> list[str]:
    """The lines with each block's common indent taken off."""
    out = list(lines)
    for first, last in blocks:
        body = [line for line in out[first - 1 : last] if line.strip()]
        cut = min(len(line) - len(line.lstrip(" \t")) for line in body)
        for number in range(first, last + 1):
            out[number - 1] = out[number - 1][cut:] if out[number - 1].strip() else ""
    return out
