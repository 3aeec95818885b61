"""Write-ups pasted as HTML into a Markdown file (a wiki's source): headings, lists and paragraphs
written as tags. CommonMark keeps such a block as raw HTML; a reader sees sections and lists, so the
block is split here into the pieces the builder knows, each on its own source lines.

Only the tags that give structure are read: <h1>-<h6>, a <details> block's <summary>, <ul>/<ol> with
their <li> items, <pre> and <p>. Everything else stays text (checks read it without its tags, see
headings.strip_markup).
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.IGNORECASE)
# A collapsible part: "<details>" over "<summary>Deep dive 1: offline machines</summary>" and its text; the
# summary heads what the details hold, one level below the heading above it.
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary\s*>\s*$", re.IGNORECASE)
_DETAILS = re.compile(r"^\s*</?details\b[^>]*>\s*$", re.IGNORECASE)
SUMMARY_LEVEL = 3  # under no heading, a summary heads a section of its own
_LIST_OPEN = re.compile(r"^\s*<(ul|ol)\b[^>]*>", re.IGNORECASE)
_PRE_OPEN = re.compile(r"^\s*<pre\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*<li\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_STRUCTURE = re.compile(r"<(?:h[1-6]|ul|ol|li|p|pre|summary)\b", re.IGNORECASE)

# (kind, first line, last line, heading level, heading title); kind is "heading", "list", "code" or "paragraph".
Piece = tuple[str, int, int, int, str]


def has_structure(text: str) -> bool:
    """The HTML block holds tags that give a doc its shape (a heading, a list, a paragraph)."""
    return _STRUCTURE.search(text) is not None


def html_pieces(lines: list[str], start: int, end: int) -> list[Piece]:
    """The block's lines start..end (1-based) split into headings, lists, code and paragraphs."""
    pieces: list[Piece] = []
    number, level = start, SUMMARY_LEVEL - 1
    while number <= end:
        line = lines[number - 1]
        if not line.strip() or _DETAILS.match(line):
            number += 1
            continue
        if heading := _HEADING.match(line):
            level = int(heading.group(1))
            pieces.append(("heading", number, number, level, shown_words(heading.group(2))))
            number += 1
            continue
        if summary := _SUMMARY.match(line):
            pieces.append(("heading", number, number, min(level + 1, 6), shown_words(summary.group(1))))
            number += 1
            continue
        kind, closer = _opened(line)
        last = _closing(lines, number, end, closer)
        pieces.append((kind, number, last, 0, ""))
        number = last + 1
    return pieces


def _opened(line: str) -> tuple[str, re.Pattern[str]]:
    """The kind of piece a line opens and the tag that ends it."""
    if found := _LIST_OPEN.match(line):
        return "list", re.compile(rf"</{found.group(1)}\s*>", re.IGNORECASE)
    if _PRE_OPEN.match(line):
        return "code", re.compile(r"</pre\s*>", re.IGNORECASE)
    return "paragraph", re.compile(r"</p\s*>|^\s*$", re.IGNORECASE)


def _closing(lines: list[str], number: int, end: int, closer: re.Pattern[str]) -> int:
    """The line that closes the piece opened on line number (the block's end when none does)."""
    for last in range(number, end + 1):
        text = lines[last - 1]
        if closer.search(text) or (last < end and (_HEADING.match(lines[last]) or _SUMMARY.match(lines[last]))):
            return last
    return end


def is_item(line: str) -> bool:
    """The line opens a list item (<li>)."""
    return _ITEM.match(line) is not None


def shown_words(markup: str) -> str:
    """Markup as the words it shows: tags dropped, entities read ("&amp;" is "&")."""
    return " ".join(html.unescape(_TAG.sub("", markup)).split())


# The tags a field list pasted as HTML wraps its words in ("<li><b>person</b> (person_id PK, ...)</li>").
_INLINE = re.compile(r"</?(?:b|strong|i|em|code|li|ul|ol|p|br|span|tt|u)\b[^>]*>", re.IGNORECASE)


def untagged(text: str) -> str:
    """Text without the tags that only format it; a text with none is returned as it is."""
    return _INLINE.sub("", text) if "<" in text else text


_ROW_TAG = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_CELL_TAG = re.compile(r"<t[dh]\b[^>]*>(.*?)(?=</t[dh]\s*>|<t[dh]\b|$)", re.IGNORECASE | re.DOTALL)


def pipe_table(text: str) -> str | None:
    """A table pasted as HTML (<tr><th>table</th><th>columns</th></tr> ...) written as a Markdown pipe
    table, its first row the header; None if the text holds no table rows."""
    if "<tr" not in text.lower():
        return None
    rows = [[shown_words(cell) for cell in _CELL_TAG.findall(row)] for row in _ROW_TAG.findall(text)]
    rows = [row for row in rows if row]
    if len(rows) < 2:
        return None
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])
