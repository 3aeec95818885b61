"""The items of a Markdown list as the source wrote them: where each starts, at the list's own indent."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

from designlint.doc.html import is_item
from designlint.doc.model import Item

# Bullets typed as characters Markdown does not know ("• logs and traces"): a reader sees a list all the same.
TYPED_BULLETS = "•◦▪‣●○■→"  # typed, or exported by a word processor ("●"); an arrow leads notes' points
BULLETS = frozenset([*"*+-", *TYPED_BULLETS, "->"])  # "->" leads notes' points as "→" does
# An item's marker and its text, for readers of the lines as written: "3. Data model", "• numbers", "-> fire it".
ITEM_TEXT = re.compile(rf"^ {{0,3}}(\d{{1,9}}[.)]|->|[*+{TYPED_BULLETS}-])[ \t]+(.*)$")
ITEM_MARKER = re.compile(rf"^( {{0,3}})(->|[*+{TYPED_BULLETS}-]|\d{{1,9}}[.)])(?:[ \t]+|$)")
_TYPED = frozenset(TYPED_BULLETS)
_TYPED_BULLET = re.compile(rf"^( {{0,3}})[{TYPED_BULLETS}](?=[ \t])")
_ASCII_ARROW = re.compile(r"^( {0,3})->(?=[ \t])")


def typed_bullets(lines: list[str]) -> list[str]:
    """The lines with typed bullets as Markdown's "-", for the parse only (one character for one, so every
    offset stays where it was; "->" becomes "- "); the builder keeps reading the lines as written."""
    if not any(line.lstrip(" ")[:1] in _TYPED or line.lstrip(" ")[:2] == "->" for line in lines):
        return lines  # ("" is in every string, so the first character is looked up in a set)
    return [_ASCII_ARROW.sub(r"\1- ", _TYPED_BULLET.sub(r"\1-", line)) for line in lines]
MIN_NESTED_ITEMS = 2


def nested_starts(lines: list[str], start: int, end: int) -> list[int]:
    """The lines of the items one level below a list's only item (none if fewer than two, or nested deeper
    than Markdown lets a list item start)."""
    first = ITEM_MARKER.match(lines[start - 1])
    top = len(first.group(1)) if first else 0
    found = [(n, len(m.group(1))) for n in range(start + 1, end + 1) if (m := ITEM_MARKER.match(lines[n - 1]))]
    indents = [indent for _, indent in found if indent > top]
    if not indents:
        return []
    starts = [n for n, indent in found if indent == min(indents)]
    return starts if len(starts) >= MIN_NESTED_ITEMS else []


def list_items(lines: list[str], start: int, end: int) -> tuple[Item, ...]:
    """Items of a list spanning lines start..end, found at the list's own indent."""
    indent: int | None = None
    items: list[list[Any]] = []
    for number in range(start, end + 1):
        line = lines[number - 1]
        marker = ITEM_MARKER.match(line)
        if marker and (indent is None or len(marker.group(1)) == indent):
            indent = len(marker.group(1))
            items.append([number, [line[marker.end() :]]])
        elif is_item(line):  # "<li>..." in a list pasted as HTML
            items.append([number, [line.strip()]])
        elif items:
            items[-1][1].append(line)
    return tuple(Item(number, "\n".join(text).strip()) for number, text in items)


# Lines that go on with the one above: an indented line opening no item (a list item's or a turn's next
# line), or any line under one that stopped mid-sentence, on a word or a comma.
_ANY_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_MID_SENTENCE = re.compile(r"[\w,]\s*$")


def goes_on(line: str) -> bool:
    """An indented line that opens no item: the item or turn above it goes on ("- ... = ~1.3 GB/day" over
    "  x 365 -> ~4.7 TB/yr")."""
    return line[:1].isspace() and bool(line.strip()) and _ANY_ITEM.match(line) is None


def ends_mid_sentence(line: str) -> bool:
    """The line wraps on to the next: "... 48,000 moving wagons × 12 reports an hour" over "= 576k per hour"
    is one sentence."""
    return _MID_SENTENCE.search(line) is not None


def opens_item(line: str) -> bool:
    """The line opens a list item, at any indent."""
    return _ANY_ITEM.match(line) is not None


# A full stop after a short form ends no sentence: "delay max. ca. 30 seconds", "e.g. a queue", "Redis vs. Kafka".
# (The mark is matched first, so the short forms are looked for only where a mark stands.)
SENTENCE_STOP = re.compile(
    r"[.!?](?<!\bca\.)(?<!\bapprox\.)(?<!\bmax\.)(?<!\bresp\.)(?<!\bincl\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"
    r"(?<!\bz\.B\.)(?<!\bu\.a\.)(?=\s)|\n",
    re.IGNORECASE,
)


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """Where the sentence (or the line, in notes) holding position at starts and ends."""
    starts = [found.end() for found in SENTENCE_STOP.finditer(text, 0, at)]
    stop = SENTENCE_STOP.search(text, at)
    return (starts[-1] if starts else 0), (stop.start() if stop else len(text))


def with_next_sentence(text: str, positions: Iterable[int]) -> Iterator[str]:
    """The sentence holding each position and the one after it, each sentence once: what sentence_span gives for
    many positions, with the text's stops found once (asked position by position, a long line is quadratic)."""
    stops = [(found.start(), found.end()) for found in SENTENCE_STOP.finditer(text)]
    heads = [start for start, _ in stops]
    seen: set[int] = set()
    for position in positions:
        index = bisect.bisect_left(heads, position)
        if index not in seen:
            seen.add(index)
            start = stops[index - 1][1] if index else 0
            yield text[start : stops[index + 1][0] if index + 1 < len(stops) else len(text)]
