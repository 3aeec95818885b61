"""Which kinds of plain-text heading a doc without Markdown headings writes: short lines alone, label
lines ending in a colon, or a memo's lead phrases. Decided once over the whole doc before its blocks
are read (document.parse), so the builder knows from the first paragraph what a heading looks like.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from designlint.catalogue import Catalogue
from designlint.doc.alone import lone_lines
from designlint.doc.dialogue import is_turn
from designlint.doc.headings import PICTOGRAPH
from designlint.doc.implicit import LONE_MIN, STEP_LEVEL, unnamed
from designlint.doc.items import ITEM_MARKER
from designlint.doc.leads import essay, lead_labels, ordinal_topics, walkthrough
from designlint.doc.runin import run_in

# A paragraph opened by bold words ending in a colon or a full stop, inside the bold or just after it, its
# text going on after them ("**Deep dive 1 - X:** ...", "**Interface.** The frontend calls ...").
# Bold words may hold an identifier's underscores ("**ES geo_bounding_box**"), never a "__" that would close them.
_BOLD_WORDS = r"((?:[^*_\n]|(?<=[^\W_])_(?=[^\W_])){1,80}?)"
BOLD_RUN_IN = re.compile(
    r"^\s{0,3}(?:\*\*|__)" + _BOLD_WORDS + r"\s*(?:[:.]\s*(?:\*\*|__)|(?:\*\*|__)(?:\s*\([^()\n]{0,60}\))?\s*[:.]"
    r"|(?:\*\*|__)\s+(?:[—–]|--?)(?=\s))\s*\S"
)
# The same lead in italics, a full stop or colon closing it inside the stars: "*Geo search.* I talked through ...".
ITALIC_RUN_IN = re.compile(r"^\s{0,3}(?:\*(?=[^*\s])([^*\n]{1,80}?)[.:]\*|_(?=[^_\s])([^_\n]{1,80}?)[.:]_)\s+\S")
BOLD_RUN_IN_MIN = 4


def run_in_lead(text: str) -> re.Match[str] | None:
    """The bold or italic words that open a paragraph and head it (see BOLD_RUN_IN, ITALIC_RUN_IN): the words
    are the match's one group that took part."""
    return BOLD_RUN_IN.match(text) or ITALIC_RUN_IN.match(text)


def run_in_words(lead: re.Match[str]) -> tuple[str, bool]:
    """A run-in lead's words, and whether they are in italics, which weigh a level less than bold: "*Geo
    search.* ..." under "**Step 3: Deep dive**" is a part of it."""
    return next(group for group in lead.groups() if group).strip(), lead.re is ITALIC_RUN_IN


# Bold words alone on their line, a colon or a note in brackets closing them ("**Numbers** (rough):"): a label
# over the text below it, which the builder reads as a heading in any doc.
# A pictograph may mark it ("🤔 **Debates**") as it marks a plain label line.
BOLD_LABEL = re.compile(
    rf"^\s{{0,3}}(?:{PICTOGRAPH}+\s*)?(?:\*\*|__)"
    + _BOLD_WORDS
    + r"(?::\s*)?(?:\*\*|__)(?:\s*\([^()\n]{0,60}\))?:?\s*$"
)
# A label in chat markup, where one star makes bold ("*Options we argued about*"): a paste from a chat
# app heads its parts this way. In Markdown one star is emphasis, so only a doc with several reads so.
STAR_LABEL = re.compile(r"^\s{0,3}\*(?=[^*\s])([^*\n]{1,60}?)(?::\s*)?\*:?\s*$")
STAR_LABEL_MIN = 3


def _bold_run_in(line: str) -> bool:
    """The line opens with bold (or italic) words and a colon, not a speaker's name ("**Interviewer:** ..."),
    or is a bold label alone: either way the doc heads its parts with marked words."""
    return (run_in_lead(line) is not None and not is_turn(line)) or BOLD_LABEL.match(line) is not None


@dataclass(frozen=True, slots=True)
class Styles:
    lone: bool = False  # one-line paragraphs (and short first lines) read as headings (alone.lone_lines)
    leads: bool = False  # paragraphs open with lead phrases, a memo's headings (leads.lead_labels)
    ordinals: bool = False  # paragraphs take an essay's topics in turn ("The second problem is ...", leads.ordinal)
    walkthrough: bool = False  # paragraphs open with words moving a walkthrough on ("Next, ...", leads.sequenced)
    essay: bool = False  # long paragraphs, each on one topic named by its opening clause (leads.essay)
    colons: int = 0  # paragraphs opened by a label line ending in a colon (colon_labels)
    bold_run_ins: bool = False  # paragraphs opened by bold words and a colon ("**Deep dive 1 - X:** ...")
    run_ins: bool = False  # most paragraphs opened by a short label run into their text ("scale: 300m users, ...")
    numbered: bool = False  # sections titled by lone numbered items counting on ("1) Background" ... "4) Job model")
    star_labels: bool = False  # one-star labels alone on their line, as a chat app writes bold (STAR_LABEL)


def marked(tokens: list[dict[str, Any]]) -> bool:
    """The doc has Markdown headings below its title. A first heading at any level is the title when no
    other heading follows ("## DoorDash dispatch — self-quiz cards" over bold questions)."""
    headings = [i for i, t in enumerate(tokens) if t["type"] == "heading"]
    below = [i for i in headings if tokens[i]["attrs"]["level"] >= 2]
    return bool(below) and below != [0]


def heading_styles(tokens: list[dict[str, Any]], starts: list[int], lines: list[str], catalogue: Catalogue) -> Styles:
    """The plain-text heading styles of a doc with no Markdown heading below its title (none for others)."""
    firsts = [starts[i] for i, token in enumerate(tokens) if token["type"] == "paragraph"]
    bold = sum(1 for number in firsts if _bold_run_in(lines[number - 1])) >= BOLD_RUN_IN_MIN
    if marked(tokens):
        return Styles(bold_run_ins=bold)
    stars = sum(1 for number in firsts if STAR_LABEL.match(lines[number - 1])) >= STAR_LABEL_MIN
    lone, leads = _lone(tokens, starts, lines), lead_labels(lines, firsts, catalogue)
    colons = colon_labels(lines, firsts)
    # an essay's ordinal topics, a walkthrough's steps, are its headings only where it writes none of another kind
    other = lone or leads or bold or colons >= LONE_MIN
    # an essay that takes some topics in turn ("The first real decision is ...") is still read paragraph by
    # paragraph: its other paragraphs (the product, the numbers) are topics too
    long = not other and essay(lines, _paragraphs(tokens, starts, lines))
    ordinals = not (other or long) and ordinal_topics(lines, firsts)
    steps = not (other or long) and walkthrough(lines, firsts)
    run_ins = not (other or ordinals or steps or long) and _run_ins(lines, firsts[1:], catalogue)
    return Styles(
        numbered=numbered_titles(tokens, starts, lines),
        lone=lone,
        leads=leads,
        ordinals=ordinals,
        walkthrough=steps,
        essay=long,
        colons=colons,
        bold_run_ins=bold,
        run_ins=run_ins,
        star_labels=stars,
    )


# Notes whose paragraphs open "need: ...", "scale: ...", "flow: ...": with this many such labels, and at
# least half the paragraphs below the title opened so, the labels are the notes' sections even where
# none names a step.
RUN_INS_MIN = 4


def _run_ins(lines: list[str], firsts: list[int], catalogue: Catalogue) -> bool:
    """Most paragraphs (firsts: their first lines, the title's left out) open with a short label run into
    their text, each label a different one: names said again and again ("Dario:", "Me:") are speakers."""
    found = (run_in(lines[number - 1], catalogue, loose=True) for number in firsts)
    counts = Counter(label.title.lower() for label in found if label is not None)
    once = sum(1 for count in counts.values() if count == 1)
    return once >= RUN_INS_MIN and 2 * once >= len(firsts)


# Sections titled by numbered items, each a list of its own (text comes between them) counting on from the one
# before: "1) Background", text, "2) Sizing", text, "3) Proposed flow". Markdown makes each a one-item list.
NUMBERED_TITLES_MIN = 3
# a prompt sheet's items may close with their mark: "1. What must the system do?", "3. Estimate the scale."
# (a prompt sheet may quote each prompt as given: '1) "What is the system supposed to do?"')
_TITLE_ITEM = re.compile(r'^ {0,3}(\d{1,2})[.)][ \t]+["\u201c]?([A-Za-z][^.!?:;|`"\u201d]{0,60})[.?:]?["\u201d]?$')


def numbered_titles(tokens: list[dict[str, Any]], starts: list[int], lines: list[str]) -> bool:
    """At least NUMBERED_TITLES_MIN ordered items of short titles, numbered 1, 2, 3 ... in turn, each a list of
    its own or items of one list whose text runs on under them ("1) what it is" over "Paid feature. ...")."""
    expected, run = 1, 0
    for index, token in enumerate(tokens):
        if token["type"] != "list" or not token["attrs"].get("ordered"):
            continue
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
        for number in _title_numbers(lines, starts[index], end, len(token.get("children", ()))):
            run = run + 1 if number == expected else int(number == 1)
            expected = number + 1
            if run >= NUMBERED_TITLES_MIN:
                return True
    return False


def _title_numbers(lines: list[str], first: int, last: int, items: int) -> list[int]:
    """The numbers of a list's items when each opens with a short title and text comes between them (none
    when one does not: titles line under line are a table of contents)."""
    found = [(n, _TITLE_ITEM.match(lines[n - 1].rstrip())) for n in range(first, last + 1)]
    titles = [(n, m) for n, m in found if m is not None and len(m.group(2).split()) <= MAX_TITLE_WORDS]
    apart = all(b - a > 1 for (a, _), (b, _) in itertools.pairwise(titles))
    return [int(m.group(1)) for _, m in titles] if len(titles) == items and titles[0][0] == first and apart else []


MAX_TITLE_WORDS = 8


def colon_labels(lines: list[str], firsts: list[int]) -> int:
    """How many paragraphs (firsts: their first lines) open with a label naming nothing that ends in a
    colon ("partitioning:", "conflicts:"); with LONE_MIN of them, a doc without Markdown headings
    writes its sections that way, whether or not two of them name steps."""
    # a label asking how or what is counted only once the doc is known to write labels: in prose, "What it
    # has to do:" leads into a list
    strict = _colons(lines, firsts, asking=False)
    if strict >= LONE_MIN:
        return strict
    asked = _colons(lines, firsts, asking=True)
    return asked if asked > LONE_MIN else strict


def _colons(lines: list[str], firsts: list[int], asking: bool) -> int:
    found = (unnamed(lines[number - 1], {"colon": STEP_LEVEL}, True, asking=asking) for number in firsts)
    return sum(1 for label in found if label is not None and label.kind == "colon")


def _paragraphs(tokens: list[dict[str, Any]], starts: list[int], lines: list[str]) -> list[tuple[int, int]]:
    """Each paragraph's first and last line."""
    stops = [*starts[1:], len(lines) + 1]
    return [
        (starts[i], last_content_line(lines, starts[i], stops[i] - 1))
        for i, token in enumerate(tokens)
        if token["type"] == "paragraph"
    ]


def _lone(tokens: list[dict[str, Any]], starts: list[int], lines: list[str]) -> bool:
    paragraphs = [
        (starts[i], last_content_line(lines, starts[i], starts[i + 1] - 1))
        for i, token in enumerate(tokens[:-1])  # a heading has something below it
        if token["type"] == "paragraph"
    ]
    singles = [start for start, end in paragraphs if start == end]
    return lone_lines(lines, singles, [start for start, end in paragraphs if start < end])


def last_content_line(lines: list[str], start: int, stop: int) -> int:
    """The last non-blank line in start..stop (1-based, inclusive), at least start."""
    end = stop
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def nothing_below(lines: list[str], end: int, level: int = 0) -> bool:
    """No text follows line end (1-based) before the next Markdown heading or the end of the doc; a heading
    deeper than level ("###1. Geo search" under "##🔍 Deep dives") is something below."""
    for index in range(end, len(lines)):  # by index: a slice or islice of the rest costs its length each time
        if lines[index].strip():
            below = lines[index].lstrip()
            return below.startswith("#") and not (level and len(below) - len(below.lstrip("#")) > level)
    return True


def over_list(lines: list[str], line: int, end: int) -> bool:
    """A one-line paragraph (line..end) directly over a list."""
    below = lines[end] if end < len(lines) else ""
    return line == end and ITEM_MARKER.match(below) is not None
