"""A paragraph's or a list's lines split where a line reads as a heading (see implicit.py): the
pieces the builder turns into sections and blocks; and the items of a list, read from its own lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from designlint.catalogue import Catalogue
from designlint.doc import indented
from designlint.doc.alone import commented, listed, lone, over
from designlint.doc.implicit import (
    MIN_BODY_WORDS,
    STEP_LEVEL,
    STYLE_MIN,
    Implicit,
    Piece,
    label,
    named,
    opens_sentence,
    unnamed,
)
from designlint.doc.item_labels import item_label, run_in_item, unnamed_item
from designlint.doc.items import ends_mid_sentence, opens_item
from designlint.doc.leads import opening
from designlint.doc.led import led_groups
from designlint.doc.marks import equals, hashes, latex
from designlint.doc.runin import run_in
from designlint.doc.timeline import timed


def paragraph_pieces(
    lines: list[str],
    start: int,
    end: int,
    catalogue: Catalogue,
    style: Mapping[str, int] | None = None,
    plain: bool | str = False,
    alone: bool | str = False,
    bare: bool = False,
    asks: Callable[[str], Implicit | None] | None = None,
    leads: bool | str = False,
) -> list[Piece]:
    """A paragraph's lines split at the lines that read as headings (one piece if none do).

    style maps the kinds of label the doc has used for its steps ("colon", "line") to their level (see unnamed);
    plain says the paragraph sits in notes without Markdown headings, where a run-in label opens a part
    (or, under a plain-line label, only a part: "Estimation: 10k QPS" there is a statement; or, "loose",
    in notes opening most paragraphs with a label, any label opening the paragraph);
    alone, that the doc writes its headings as lines alone (see lone_lines), or "listed" for a line alone
    over a list in notes without Markdown headings (see alone.listed); bare, that it has no
    Markdown heading below its title (see label); asks, in a transcript, which step a turn moves it on
    to ("[10:07] interviewer: numbers?"), for a chat log written as one paragraph.
    """
    pieces: list[Piece] = []
    begin = start
    tree = indented.heads(lines, start, end, catalogue) if plain else frozenset()  # a mind map typed by indentation
    typed = bool(plain) and _LABEL_OPENS.match(lines[start - 1]) is not None  # "goal: ..." over "math: ..."
    for number in range(start, end + 1):
        line = lines[number - 1]
        # a paragraph may open with a step's name and who chose it ("design I drew:") in notes without headings;
        # under Markdown headings, alone on its line over a list ("Requirements I listed:" over the list)
        over_list = number == start == end and end < len(lines) and opens_item(lines[end])
        headed = (alone == "listed" or over_list) and number == start == end or bool(plain) and number == start
        found = indented.head(line, catalogue) if number in tree else None
        found = found or hashes(line) or _asciidoc(lines, number, start) or latex(line)
        found = found or label(line, catalogue, _first(lines, number, start, end), bare, headed)
        if found is None and style and number == start:
            found = unnamed(line, style, start == end or _body(lines[number]))
            found = found or ("line" in style and commented(line, style["line"])) or None
        if found is None and plain and (number == start or typed):
            # "goal: ...", "math: ...", "flow: ..." typed line under line: a cheat sheet's parts, each a label
            # in notes opening most paragraphs so ("need: ...", "scale: ..."), a label naming nothing opens one too
            found = run_in(line, catalogue, parts_only=plain == "labels", loose=plain == "loose" and number == start)
        if found is None and number == start:
            found = timed(line, catalogue)  # "0-8 min: requirements. This part was fine."
        if found is None and leads and number == start:
            # a memo's lead phrase, an essay's topic taken in turn, a walkthrough's next step: the paragraph
            # stays the section's text
            found = opening(lines, start, end, catalogue, leads)
        if found is None and alone and number == start:
            found = _alone(lines, number, end, alone, (style or {}).get("line", STEP_LEVEL), over_list)
        if found is None and asks is not None and number > start:
            found = asks(line)
        if found is None:
            continue
        if number > begin:
            pieces.append((None, begin, number - 1))
        pieces.append((found, number, number))
        begin = number if found.kind in ("run-in", "prompt", "lead") else number + 1
    if begin <= end:
        pieces.append((None, begin, end))
    return pieces


def _asciidoc(lines: list[str], number: int, start: int) -> Implicit | None:
    """AsciiDoc's "= Title", which opens a block: "= 576k per hour" under a line left mid-sentence is working."""
    found = equals(lines[number - 1])
    return None if found and number > start and ends_mid_sentence(lines[number - 2]) else found


# A paragraph opened by a short label and a colon: notes typed "label: what" line under line, where a later
# line's label opens a part too, unlike prose that wraps onto a line starting "API: ..." by chance.
_LABEL_OPENS = re.compile(r"^ {0,3}[A-Za-z][\w /&'-]{0,24}:[ \t]+\S")


def _body(line: str) -> bool:
    """A line of running text, as under a heading; not one more short line of a list written without bullets."""
    return len(line.split()) >= MIN_BODY_WORDS


def _first(lines: list[str], number: int, start: int, end: int) -> bool:
    """First in its paragraph and not a sentence going on below ("Requirements\nare gathered ..."); a line
    that ends its own sentence or clause ("Q2. How big is a school?", "Prompt 6 - go deep:") goes on into
    nothing."""
    ended = lines[number - 1].rstrip().endswith(("?", "!", ":"))
    return number == start and (number == end or ended or not opens_sentence(lines[number]))


def list_pieces(
    lines: list[str], starts: list[int], end: int, catalogue: Catalogue, numbered: bool = False, plain: bool = False
) -> list[Piece]:
    """A list split at items that label what follows them ("2. Functional Requirements").

    A numbered item is a label when it names a step or part and holds its own nested lines,
    or is the list's only item; a table of contents (items with nothing below) stays a list.
    A bulleted item must also end in a colon ("- Non-functional:" over its own sub-list).
    Where numbered items label the doc's steps (numbered: in earlier lists; or two in this
    one), a numbered item naming nothing is a section too ("6. URL frontier").
    In notes without Markdown headings (plain), written as one nested list, a bulleted item needs no
    colon: "- numbers" over its own sub-list is a label, and once two of a list's items name steps or
    parts, its other items over sub-lists ("- drops (spent most time here)") are sections too.
    """
    if not starts:
        return [(None, 0, end)]
    spans = [(number, starts[index + 1] - 1 if index + 1 < len(starts) else end) for index, number in enumerate(starts)]
    headings = [
        item_label(lines, number, last, len(starts) == 1, catalogue) or timed(lines[number - 1], catalogue)
        for number, last in spans
    ]
    bullets = plain and _named(loose := [item_label(lines, n, last, False, catalogue, True) for n, last in spans])
    headings = loose if bullets else headings
    # notes written as one list whose short bullets head their own sub-lists ("- DEDUP" over how): topics
    bullets = bullets or (plain and _topical(lines, spans))
    styled = _named(headings) or bullets
    if numbered or styled:
        # The last item's lines may follow as a block of their own (indented less than its text).
        ends = [len(starts) == 1 or number == starts[-1] for number, _ in spans]
        headings = [
            heading
            or (alone and item_label(lines, number, last, True, catalogue))  # "7. Detail: how a reminder is sent"
            or unnamed_item(lines, number, last, alone, bullets)
            or run_in_item(lines[number - 1], catalogue, bullets)
            for heading, (number, last), alone in zip(headings, spans, ends, strict=True)
        ]
        headings = _last_step_kept(lines, spans, headings)
    if plain and not any(headings) and (led := led_groups(lines, spans, catalogue)):
        return led
    pieces: list[Piece] = []
    begin = starts[0]
    for heading, (number, last) in zip(headings, spans, strict=True):
        if heading is None:
            continue
        if number > begin:
            pieces.append((None, begin, number - 1))
        pieces.append((heading, number, number))
        if heading.kind == "run-in":  # "- flow: feed -> apps": the item is the section's text
            pieces.append((None, number, last))
        elif last > number:  # its nested lines, apart from the items after it, which sit one level up
            pieces += _decimal_parts(lines, number + 1, last, catalogue)
        begin = last + 1
    if begin <= end:
        pieces.append((None, begin, end))
    return pieces


def _alone(lines: list[str], start: int, end: int, alone: bool | str, level: int, over_list: bool) -> Implicit | None:
    """A short line heading its paragraph in notes written with such lines (see alone.py): alone in it, over
    its text, or directly over a list; a question over a list heads the list answering it."""
    line = lines[start - 1]
    if alone == "listed" and start == end:
        return listed(line, level)
    found = lone(line, level) if start == end else over(line, level, lines[start])
    if found is None and over_list and line.rstrip().endswith("?"):
        found = listed(line, level)  # "What must the system do?" over the list answering it
    return found


# "1.2 Non-functional" under "1. Requirements": an outline's decimal sub-heading, typed as a line of the item.
_DECIMAL = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(\S.{0,40})$")


def _decimal_parts(lines: list[str], first: int, last: int, catalogue: Catalogue) -> list[Piece]:
    """The lines under a numbered item, split at decimal sub-headings whose words all name a part or step."""
    pieces: list[Piece] = []
    begin = first
    for number in range(first, last + 1):
        found = _DECIMAL.match(lines[number - 1])
        heading = named(found.group(1), catalogue, "item", whole=True) if found else None
        if heading is None:
            continue
        if number > begin:
            pieces.append((None, begin, number - 1))
        pieces.append((heading, number, number))
        begin = number + 1
    return [*pieces, (None, begin, last)] if begin <= last else pieces


MIN_TOPICS, MIN_TOPIC_LINES, MIN_TOPIC_WORDS, MIN_NUMBERED_TOPICS = 3, 2, 10, 2


def _last_step_kept(
    lines: list[str], spans: list[tuple[int, int]], headings: list[Implicit | None]
) -> list[Implicit | None]:
    """The last item, titled by nothing but being last, is one more step where no item before it labels anything
    ("6. send sms via queue -> notif svc" closing a numbered flow): no section over the lines after the list."""
    number, last = spans[-1]
    unnamed = headings[-1] is not None and headings[-1].kind == "item" and not headings[-1].step
    below = any(lines[k - 1].strip() for k in range(number + 1, last + 1))
    return [*headings[:-1], None] if len(spans) > 1 and unnamed and not below and not any(headings[:-1]) else headings


def _topical(lines: list[str], spans: list[tuple[int, int]]) -> bool:
    """At least MIN_TOPICS bulleted items with short titles each head MIN_TOPIC_LINES or more lines of
    their own (see unnamed_item): notes kept as one list, each topic a bullet over its points.

    Numbers say more than bullets that the items are the notes' topics ("1. Streaming vs micro-batch"
    over what was said), and a numbered list may be cut in two by a bulleted one inside an item, which
    Markdown reads as a list of its own: there two will do, where every item is a topic, and a paragraph
    typed on one line holds as much as the same sentences wrapped (MIN_TOPIC_WORDS).
    """
    numbered = all(lines[number - 1].lstrip()[:1].isdigit() for number, _ in spans)
    heads = sum(1 for number, last in spans if _topic(lines, number, last, numbered))
    return heads == len(spans) >= MIN_NUMBERED_TOPICS if numbered else heads >= MIN_TOPICS


def _topic(lines: list[str], number: int, last: int, numbered: bool) -> bool:
    """An item with a short title over MIN_TOPIC_LINES lines of its own or, numbered, over a sentence of
    MIN_TOPIC_WORDS or more that starts afresh (an item wrapped onto its next line goes on in lower case)."""
    below = [lines[k - 1] for k in range(number + 1, last + 1) if lines[k - 1].strip()]
    fresh = numbered and bool(below) and _FRESH.match(below[0]) is not None
    held = len(below) >= MIN_TOPIC_LINES or fresh and sum(len(line.split()) for line in below) >= MIN_TOPIC_WORDS
    return held and unnamed_item(lines, number, last, False, bullets=True) is not None


_FRESH = re.compile(r"^\s*(?:[A-Z0-9\"'(]|[a-z]+\d)")


def _named(headings: list[Implicit | None]) -> bool:
    """Enough of a list's items name steps or parts to make its items the doc's labels."""
    return sum(1 for heading in headings if heading is not None) >= STYLE_MIN
