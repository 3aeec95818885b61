"""A terse dump's opening list: the requirements of notes that list what the system must do under their title,
before any heading names a step (read by outline.py)."""

from __future__ import annotations

import re

from designlint.doc.document import Block


def opening_list(blocks: list[Block], others: list[int]) -> bool:
    """A terse dump's opening: under its title line, before a later step that a heading names, a list of what
    the system must do and nothing else ("- customer: book, reschedule, pay after" over "nums"). A list that
    opens the file, with no title line above it, is the same when its first item is the title ("• Q&A site —
    notes from sunday" over "• users post questions ..."), but not a header's fields ("- Feature Name: ...",
    "- Start Date: ...")."""
    lists = [b for b in blocks if b.kind == "list"]
    titled = bool(blocks) and (blocks[0].kind == "paragraph" or not _header_fields(blocks[0]))
    if not (others and titled and len(lists) == 1) or any(b.kind not in ("list", "paragraph") for b in blocks):
        return False
    prose = [b for b in blocks if b.kind == "paragraph"]
    return len(lists[0].items) >= OPENING_ITEMS and sum(len(b.text.split()) for b in prose) <= OPENING_WORDS


OPENING_ITEMS, OPENING_WORDS = 4, 25
# "- Feature Name: Lazy loading", "- Start Date: 2024-05-01": a field's name in capitals, then its value.
_FIELD = re.compile(r"^[A-Z][\w ]{0,30}:\s")


def _header_fields(block: Block) -> bool:
    """Half the list's items or more name a field and give its value, as a document's header does."""
    return sum(1 for item in block.items if _FIELD.match(item.text.lstrip())) * 2 >= len(block.items)
