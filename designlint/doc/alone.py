"""Headings written as short lines alone, in notes without Markdown headings: "Key ideas" in a
paragraph of its own, "Flow" over the lines it heads, "SMS pumping fraud" directly over a list.

A short line is a heading only once the doc is known to write its headings that way (lone_lines,
decided in styles.py), or where the list below it shows it heads something (listed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from designlint.doc.dialogue import is_turn
from designlint.doc.drawing import drawn_line
from designlint.doc.headings import before_dash, strip_marker, without_note
from designlint.doc.implicit import (
    LONE_MIN,
    MAX_UNNAMED_WORDS,
    STEP_LEVEL,
    Implicit,
    has_sentence_words,
    is_endpoint,
    is_lead_in,
    shouted,
)

# A short line alone in its paragraph, read as a heading in notes whose headings are such lines:
# no sentence punctuation at its end, no arrows or code; a note in brackets after it is passed over.
_LONE = re.compile(r"^[A-Za-z][^:;|`<>=_\n]*[^.:;,!?|`<>=_\s]$")  # no "_": "ledger_entries" names a table
_ELLIPSIS = re.compile(r"(?<=\w)(?:\.{3}|…)$")
MAX_LONE_WORDS = 6
# A scenario named as a title runs longer than a name: "What if the cloud is down / hub offline".
_SCENARIO = re.compile(r"^(?:what if|what happens (?:if|when))\b", re.IGNORECASE)
MAX_SCENARIO_WORDS = 8
_JOINERS = frozenset({"/", "&", "+"})  # "cloud down / hub offline": the slash is no word
MAX_OVER_WORDS, MAX_OVER_CHARS = 4, 40


def lone(line: str, level: int, max_words: int = MAX_LONE_WORDS) -> Implicit | None:
    """ "Key ideas", "How it works", "Small objects": a line alone in its paragraph, in plain notes.

    Only read once the doc is known to write its headings this way (see lone_lines); a lead-in
    ("Pros", "Example") stays text.
    """
    words = _ELLIPSIS.sub("", without_note(strip_marker(line).strip()))  # "WHAT IF..." trails off as a title may
    if _SCENARIO.match(words):
        max_words = max(max_words, MAX_SCENARIO_WORDS)  # "What if the cloud is down / hub offline"
    count = sum(1 for word in words.split() if word not in _JOINERS)
    if "->" in words or not _LONE.match(words) or count > max_words or is_lead_in(words):
        return None
    return None if is_endpoint(words) else Implicit(level, words, "line")


def listed(line: str, level: int) -> Implicit | None:
    """ "SMS pumping fraud" over "- attackers trigger sends ...": a short line alone, directly over a list,
    in notes without Markdown headings, heads that list whatever the rest of the doc does; a phrase with
    sentence words ("We also need") leads into it instead, unless it asks what the list answers."""
    words = without_note(strip_marker(line).strip())
    if words.endswith("?"):
        # a question heads the list that answers it: "What must the system do?" over "- check in at a business"
        found = lone(words.rstrip("?"), level, MAX_SCENARIO_WORDS)
        return None if found is None else Implicit(level, strip_marker(line).strip(), "line")
    return None if has_sentence_words(words) else lone(line, level, MAX_UNNAMED_WORDS)


def over(line: str, level: int, below: str = "") -> Implicit | None:
    """ "Flow", "No double send", "Own MTA or SES?": a short line over the lines of its paragraph.

    Shorter than a line alone may be, since prose wrapped early also opens a paragraph with a
    short line; a question may head what answers it. Over a line that opens a sentence of its own
    (below) it may be longer: "When one sorted set isn't enough" over "At 20M it's one node."
    ends no sentence that runs on.
    """
    if drawn_line(below):
        return None  # "phone / web" over "      |  https + ws": the name of a box in a drawing typed as text
    words = without_note(strip_marker(line).strip()).rstrip("?")
    # "Design notes: where the queue lives" over its text: a name and its topic, read as one title
    words = _TOPIC_COLON.sub(" - ", words, count=1)
    # a head in capitals before a dash and a note ("OFFLINE PICKUP - the interesting bit") is shouted too
    titled = _opens_sentence(below) or shouted(words) or shouted(before_dash(words))
    limit = (MAX_TITLED_CHARS, MAX_TITLED_WORDS) if titled else (MAX_OVER_CHARS, MAX_OVER_WORDS)
    if len(words) > limit[0] or len(words.split()) > limit[1]:
        return None
    found = lone(words, level, limit[1])
    return None if found is None else Implicit(level, strip_marker(line).strip(), "line")


MAX_TITLED_CHARS, MAX_TITLED_WORDS = 50, 8
_TOPIC_COLON = re.compile(r"(?<=[A-Za-z]):[ \t]+(?=[A-Za-z])")
_SENTENCE_START = re.compile(r"^\s*[A-Z][A-Za-z']*\b(?![-/.])")


def _opens_sentence(line: str) -> bool:
    """The line starts a sentence or a run-in label ("Online: every scan asks ..."): a capitalised word, not a
    list item, a figure or a speaker's turn ("A: ...", "Me: ...")."""
    return _SENTENCE_START.match(line) is not None and not is_turn(line)


def lone_lines(lines: list[str], singles: list[int], firsts: Sequence[int] = ()) -> bool:
    """Whether a doc without Markdown headings writes its headings as lines alone: at least LONE_MIN
    of its one-line paragraphs (singles) and short first lines over longer paragraphs (firsts) have
    a heading's shape."""
    alone = sum(1 for number in singles if lone(lines[number - 1], STEP_LEVEL) is not None)
    return alone + sum(1 for number in firsts if over(lines[number - 1], STEP_LEVEL) is not None) >= LONE_MIN


# "matcher = the interesting bit", "hot pair ==> BTC-USD is 30% of all alerts": a short topic, then a comment
# after "=>" or a spaced "=" (never "->", which draws a flow: "app -> gateway -> db").
_COMMENTED = re.compile(r"^\s*([A-Za-z][A-Za-z /&'-]{0,30}?)\s*(?:={1,2}>|\s=\s)\s*(?=\S)(?P<rest>.*)$")
MAX_COMMENTED_WORDS = 3


def commented(line: str, level: int) -> Implicit | None:
    """A paragraph opened by a short topic and a comment after an arrow, in notes whose headings are lines:
    the topic heads the paragraph, which keeps the line as its text (a chain of arrows is a flow)."""
    found = _COMMENTED.match(line)
    if found is None or "=>" in found["rest"] or " = " in found["rest"]:
        return None
    words = found.group(1).strip()
    if len(words.split()) > MAX_COMMENTED_WORDS or has_sentence_words(words) or is_lead_in(words):
        return None
    return Implicit(level, words, "lead")  # a lead: the line stays the text of what it heads
