"""Sections that go through many things a line each rather than reason about one (D001 counts none as a dive): a
request flow told as numbered steps, a catalogue of failure cases (each a part failing and what happens then), a
list of points about many parts, and a record's fields laid out.
"""

from __future__ import annotations

import re

from designlint.checks.leadins import bold_lead, prose_blocks
from designlint.checks.statements import words
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.drawing import failure_case
from designlint.doc.outline import normalize_title, without_note

# A request flow told as numbered steps ("1. POS calls GET /balance", "2. Customer picks the points"): a walk
# through the boxes, not a dive into one of them.
_STEP_ITEM = re.compile(r"^\s*\d+[.)]\s+")
_WALK_ITEMS, _WALK_WORDS = 3, 25


def walkthrough(section: Section) -> bool:
    """The section's prose is one numbered list of short steps (see _STEP_ITEM), a line before it aside."""
    blocks = [b for b in prose_blocks(section) if b.text.strip()]
    lists = [b for b in blocks if b.kind == "list"]
    if len(lists) != 1 or len(blocks) > 2 or section.children or not _STEP_ITEM.match(lists[0].text):
        return False
    items = lists[0].items
    return len(items) >= _WALK_ITEMS and all(words(item.text) <= _WALK_WORDS for item in items)


_CASES_MIN, _CASE_SHARE = 3, 2 / 3


_POINTS_MIN, _LINE_WORDS = 2, 40
_JOINS = re.compile(r"\s*(?:/|&|\+|,|\band\b)\s*")


def point_list(section: Section, titles: re.Pattern[str]) -> bool:
    """A title that names a collection ("misc / gotchas", "Choices", "Failures") over nothing but a list of
    two or more points, none with points of its own under it: a point a line each about many parts. One short
    line beside the list ("allocation rule rn: nearest warehouse first") is one more such point."""
    blocks = [b for b in prose_blocks(section) if b.text.strip()]
    lines = [b for b in blocks if b.kind not in {"list", "table"}]
    if len(lines) == len(blocks) or len(lines) > 1 or any(words(b.text) > _LINE_WORDS for b in lines):
        return False
    if section.children:
        return False
    names = [name for name in _JOINS.split(without_note(normalize_title(section.title))) if name]
    if not names or not all(titles.fullmatch(name) for name in names):
        return False
    items = [item.text for b in blocks for item in b.items] + [row for b in blocks for row in _rows(b)]
    return len(items) >= _POINTS_MIN and not _cases_told(items) and not any(map(_MARKER_INSIDE.search, items))


def _cases_told(items: list[str]) -> bool:
    """The points are cases, each named in bold and told at length, longer than a line on average ("**Robe comes
    back damaged.** The keeper marks it ... moves the booking ... warns her"): one problem gone into case by case,
    as a dive goes, not a roundup of points about many parts ("gateway offline -> it buffers ...")."""
    named = sum(1 for item in items if bold_lead(item))
    return 2 * named > len(items) and sum(words(item) for item in items) > _LINE_WORDS * len(items)


def _rows(block: Block) -> list[str]:
    """A table's rows below its header, each a point of a line ("| Redis is down | the API still writes ... |");
    none where a row runs long enough to reason in (_LINE_WORDS)."""
    if block.kind != "table":
        return []
    rows = [line for line in block.text.split("\n")[2:] if line.strip()]
    return [] if any(words(row) > _LINE_WORDS for row in rows) else rows


_MARKER_INSIDE = re.compile(r"\n\s*(?:[-*+]|\d+[.)])\s")


def failure_catalogue(section: Section) -> bool:
    """The section's prose is lists of failure cases, a line each (doc.drawing.failure_case): the failure modes of
    many parts, which D005 reads, not a dive into one problem."""
    blocks = [b for b in prose_blocks(section) if b.text.strip()]
    if not blocks or any(b.kind != "list" for b in blocks) or section.children:
        return False
    items = [item.text.strip() for b in blocks for item in b.items]
    cases = sum(1 for text in items if failure_case(text) and "\n" not in text)
    return cases >= _CASES_MIN and cases >= _CASE_SHARE * len(items)


def laid_out(ctx: Context, section: Section) -> bool:
    """The section only lays out a record's fields ("Log record" over a field table, "Listing doc" over lines of
    names and types): the data model, whatever its title, not a dive into a problem."""
    blocks = [b for b in prose_blocks(section) if b.text.strip()]
    if not blocks or section.children:
        return False
    tables = all(b.kind == "table" and ctx.lays_out_fields(b) for b in blocks)
    # records as signatures, one an item: "- player(id, ensemble_id, name, instrument, section)"
    signed = all(b.kind == "list" and _signed_rows(b) for b in blocks)
    return tables or signed or all(b.kind == "list" and _named_rows(b) for b in blocks)


# A record's name with its fields in brackets: "plan(id, rehearsal_id, version, status draft|published)".
_SIGNED = re.compile(r"^[A-Za-z_][\w]*\s?\((?:[^(),]+,){2,}[^()]*\)")


def _signed_rows(block: Block) -> bool:
    """Most of the list's items open with a record's name and three fields or more in brackets."""
    rows = [item.text.strip() for item in block.items]
    return len(rows) >= 2 and sum(1 for r in rows if _SIGNED.match(r)) * 3 >= len(rows) * 2


# A row of a record's names: "price (int), beds (byte), lot_sqft", "listed_at, updated_at" (types in brackets).
_BRACKETED = re.compile(r"\([^()]*\)")
_NAME = re.compile(r"[a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*)?")


def _named_rows(block: Block) -> bool:
    rows = [_BRACKETED.sub("", item.text).strip() for item in block.items]
    named = [r for r in rows if all(_NAME.fullmatch(n.strip()) for n in r.split(",")) and ("_" in r or "," in r)]
    return len(rows) >= 2 and len(named) * 3 >= len(rows) * 2
