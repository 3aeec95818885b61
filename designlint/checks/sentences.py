"""The design's prose as sentences, each with the line it starts on: split once per document and read
by the pitfall checks (pitfalls.py, unreasoned.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designlint.checks.deepdive import block_prose
from designlint.checks.design import design_start
from designlint.checks.highlevel import section_blocks
from designlint.doc.context import Context
from designlint.doc.document import Block

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\[`(])|\n\s*\n")
_LINK_ONLY = re.compile(r"^\s*(?:[*+-]|\d+[.)])?\s*\[[^\]]*\]\([^)]*\)\s*$")


def _pieces(block: Block) -> Iterator[tuple[int, str]]:
    """(line, text) of each list item, or of the whole block; link-only items are references."""
    if block.kind == "code":
        return
    if block.kind == "list" and block.items:
        for item in block.items:
            if not _LINK_ONLY.match(item.text):
                yield item.line, item.text
        return
    yield block.line, block.text


def _sentences(ctx: Context, line: int, text: str) -> Iterator[tuple[int, str]]:
    """Sentences of a piece of prose, each with the line it starts on."""
    shown = block_prose(ctx, Block("paragraph", line, line, text))
    at = 0
    for sentence in SENTENCE_END.split(shown):
        start = shown.find(sentence, at)
        at = start + len(sentence)
        if sentence.strip():
            yield line + shown.count("\n", 0, max(start, 0)), sentence


def design_units(ctx: Context) -> list[tuple[int, str, str]]:
    """(line, sentence, lead-in) for every sentence of the design's prose, split once per document.

    The lead-in is the paragraph just before a list ("Otherwise we would add:"), which
    often holds the condition or the reason for what the list proposes.
    """
    return ctx.once("sentences.design_units", lambda: list(_units(ctx)))


def _units(ctx: Context) -> Iterator[tuple[int, str, str]]:
    start = design_start(ctx)
    previous = ""
    for section, block, step in section_blocks(ctx):
        if section.line < start or step == "estimation":
            continue
        lead = previous if block.kind == "list" else ""
        for line, text in _pieces(block):
            for at, sentence in _sentences(ctx, line, text):
                yield at, sentence, lead
        previous = block_prose(ctx, block)




def all_sentences(ctx: Context) -> list[str]:
    """Every block's prose split into sentences, once per document."""

    def split() -> list[str]:
        return [sentence for block in ctx.blocks for sentence in SENTENCE_END.split(block_prose(ctx, block))]

    return ctx.once("sentences.all", split)
