"""Headings a reader sees that Markdown does not mark: plain lines that name a step or part.

Practice notes are often plain text: "Functional" alone on a line, "some estimations:"
over the numbers, "##Deep dive" without the space CommonMark needs, or "2. Functional
Requirements" as a list item over its own list. The parser asks here, line by line,
whether a line is such a heading. Several signals must agree, since a sentence that
mentions requirements is not a heading: the line is short, has no sentence words, ends
in a colon or stands first in its paragraph, and most of its words are a catalogue
step's or part's synonyms (a `##x` line needs nothing more than its hashes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from designlint.catalogue import Catalogue, Entry
from designlint.doc.headings import (
    asked_entry,
    before_dash,
    headed_entry,
    imperative_entry,
    named_entry,
    normalize_title,
    strip_marker,
    strip_markup,
    topic_entry,
    without_note,
)

# Implicit headings nest like bold labels, below every real heading: a step's one level
# above its parts, so "Functional" under "Requirements" is its child.
STEP_LEVEL, PART_LEVEL = 6, 7
# Kinds of implicit heading (Implicit.kind): headings marked up outside CommonMark ("##x", AsciiDoc's "==")
# keep the level their marks give; labels written as plain text head a doc's sections by their shape
# ("tree": the heads of an outline typed by indentation, see indented.py).
MARKED_KINDS = ("hashes", "equals", "latex")
LABEL_KINDS = ("line", "colon", "item", "lead", "comment", "tree")
MAX_CHARS, MAX_WORDS, MAX_UNNAMED_WORDS, MIN_BODY_WORDS = 60, 6, 4, 5
MAX_TOPIC_WORDS = 10
# A numbered item's title, among items that label steps ("7) Storage (the interesting bit)").
MAX_UNNAMED_ITEM_WORDS = 8
# How many labels of one kind naming a step or part make that kind the doc's heading style.
STYLE_MIN = 2
# Share of the title's letters the synonyms must cover ("some estimations" yes, "the main requirements" no).
MIN_COVER = 0.6
WHOLE_COVER = 0.9

_DIGIT = re.compile(r"\d")
# A figure makes a line a statement ("100M users:"); digits joined to a word by a hyphen name a thing ("2-hop").
_FIGURE = re.compile(r"\d(?![\d,.]*-[A-Za-z])")
_SHAPE = re.compile(r"^ {0,3}([A-Za-z(][^.!?;|`<>=]*?)\s*(:?)\s*$")
# Words that make a line a sentence rather than a name.
_SENTENCE = re.compile(
    r"\b(?:is|are|was|were|be|we|i|you|they|it|this|these|those|following|will|should|must|can|"
    r"need|needs|has|have|here|there|let's|lets|how|what|why|when|which)\b",
    re.IGNORECASE,
)

# A subject and its verb open a sentence of their own: "this is ...", "we keep ...", "i'd pick ...".
_OWN_SUBJECT = re.compile(
    r"(?:we|i|you|they|it|this|these|those|here|there)(?:'[a-z]+)?\s+(?!to\b|and\b|or\b|,)[a-z]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Implicit:
    """A plain line read as a heading: its level, its words and how it was written."""

    level: int
    title: str
    # hashes, line (alone or first), colon (ends in a colon), item (a numbered item),
    # bullet (a bulleted item: a nested list, which Markdown allows, so nothing to mark up),
    # dialogue (an opening exchange, see dialogue.py)
    kind: str
    step: str = ""  # the step named, or the step of the part named


# A span of lines (1-based, inclusive) and the heading that opens it, if any: how a block is cut into sections.
Piece = tuple[Implicit | None, int, int]


def label(line: str, catalogue: Catalogue, first: bool, bare: bool = False, headed: bool = False) -> Implicit | None:
    """A short plain line naming a step or part; not first in its paragraph, it must end in a colon.

    bare: the doc has no Markdown heading below its title, so a line whose words are all a step's
    name labels it even with sentence words ("what it does:"); under Markdown headings such a line
    introduces what follows ("How it works:" over a picture). headed: a colon label alone over a list in
    notes without headings may name its step and say who chose it ("numbers I did on the whiteboard:").
    """
    full = strip_marker(line)
    # a pictograph marks the line as a heading the way hashes would ("🎯 What it needs to do")
    bare = bare or (first and not line.lstrip()[:1].isascii() and full != line)
    found = _label(_note_aside(full), catalogue, first, bare, headed)
    if found is None or full.rstrip().endswith(f"{found.title}:"):
        return found
    return replace(found, title=full.strip().rstrip(":").rstrip())  # the note stays in the title


def _label(line: str, catalogue: Catalogue, first: bool, bare: bool, headed: bool) -> Implicit | None:
    if first and (numbered := _numbered_step(line, catalogue)):
        return numbered
    if len(line) > MAX_CHARS or not (first or ":" in line):  # most lines go before the shape is matched
        return None
    shape = _SHAPE.match(line)
    if shape is None or not (first or shape.group(2)):
        return None
    words = shape.group(1)
    if len(words.split()) > MAX_WORDS:  # a step's name before a topic may run longer ("deep dive - the ... check")
        # the dash between the name and its topic is no word: "Deep dive 1 - picking due jobs w/o running them twice"
        topic = first and sum(1 for w in words.split() if any(c.isalnum() for c in w)) <= MAX_TOPIC_WORDS
        return _topic(words, catalogue, "colon" if shape.group(2) else "line") if topic else None
    kind = "colon" if shape.group(2) else "line"
    if kind == "colon" and (bare or headed) and (found := _headed(words, catalogue)):
        return found  # "Requirements I'm going with:", "Numbers I used:": the name, then whose they are
    if _SENTENCE.search(words):
        # Sentence words make a line a sentence, unless a step's name is all of it ("what it does:"); one
        # word alone ("needs:") is a name wherever it stands; a topic after a step's name may ask ("deep dive
        # - which tsdb:")
        whole = named(words, catalogue, kind, whole=True) if bare or len(words.split()) == 1 else None
        return whole or (_topic(words, catalogue, kind) if first else None)
    return named(words, catalogue, kind) or (_topic(words, catalogue, kind) if first else None)


def _note_aside(line: str) -> str:
    """The label without a note in brackets before its colon: "design I drew (from memory, roughly):" is
    "design I drew:", however long the note."""
    body = line.rstrip()
    if not body.endswith("):"):
        return line
    return without_note(body[:-1]) + ":"


def _headed(words: str, catalogue: Catalogue) -> Implicit | None:
    """A colon label that opens with a step's or part's name and goes on with who chose it (headed_entry)."""
    entry = headed_entry(normalize_title(words), catalogue)
    return None if entry is None else heading_for(entry, words.strip(), "colon")


# "Step 1 — Pin down what checkout has to do", "Step 2: nfrs": a step of the writer's own numbering, alone
# on its line, is a heading however many words follow the number.
# An exam's numbered questions read the same way: "Q3. Estimate the load. (6 marks)", and so do a worksheet's
# prompts: "Prompt 4 - What are the main APIs?".
_NUMBERED_STEP = re.compile(
    r"^ {0,3}(?P<kind>step|part|phase|q|question|prompt)\s*\d{1,2}\s*(?:[—–:.)-]\s*)?"
    r"(?P<rest>[A-Za-z][^|`<>=\n]{0,120}?)\s*:?\s*$",
    re.I,
)
MAX_NUMBERED_WORDS = 12
MAX_QUESTION_WORDS = 20


def _numbered_step(line: str, catalogue: Catalogue) -> Implicit | None:
    found = _NUMBERED_STEP.match(line)
    rest = without_note(found["rest"]) if found else ""  # "(6 marks)" aside
    # an exam's question may be long and hold figures ("Q6. how do updates reach 2M sockets ...?")
    asked = found is not None and found["kind"].lower() in ("q", "question", "prompt")
    limit = MAX_QUESTION_WORDS if asked else MAX_NUMBERED_WORDS
    if found is None or len(rest.split()) > limit or (_DIGIT.search(rest) and not asked):
        return None
    title = line.strip().rstrip(":")
    step = named(rest, catalogue, "line")
    if step is None and asked:
        step = _asked(rest, catalogue)  # "Estimate the load." asks for the estimation
    return Implicit(step.level, title, "line", step.step) if step else Implicit(STEP_LEVEL, title, "line")


def _asked(words: str, catalogue: Catalogue) -> Implicit | None:
    entry = asked_entry(normalize_title(words), catalogue)
    return None if entry is None else heading_for(entry, words, "line")


def _topic(words: str, catalogue: Catalogue, kind: str) -> Implicit | None:
    """A step's name, a colon or dash and a topic (see topic_entry)."""
    entry = topic_entry(words, catalogue)
    return None if entry is None else Implicit(STEP_LEVEL, words.strip(), kind, entry.id)


def named(words: str, catalogue: Catalogue, kind: str, whole: bool = False) -> Implicit | None:
    """An implicit heading for these words if most of them (whole: all of them) name a step or part, a
    note in brackets after them aside ("api (client lib)")."""
    text = normalize_title(without_note(words) or words)
    if asked := imperative_entry(text, catalogue):
        return heading_for(asked, words.strip(), kind)
    found = named_entry(text, catalogue)
    if found is None or found.length / len(text) < (WHOLE_COVER if whole else MIN_COVER):
        return None
    return heading_for(found.entry, words.strip(), kind)


def heading_for(entry: Entry, title: str, kind: str) -> Implicit:
    """The implicit heading a line naming this step or part makes: a step's level or a part's below it."""
    if entry.is_step:
        return Implicit(STEP_LEVEL, title, kind, entry.id)
    return Implicit(PART_LEVEL, title, kind, entry.parent)


# Lead-ins that open a list or an example inside a section, not a section of their own.
_LEAD_IN = re.compile(
    r"^(?:pros|cons|pros and cons|notes?|examples?|e\.g\.|i\.e\.|for example|steps?|flow|options?|trade-?offs?|"
    r"why|how|input|output|results?|summary|todo|questions?|answers?)$",
    re.IGNORECASE,
)


def unnamed(line: str, style: Mapping[str, int], alone: bool, asking: bool = True) -> Implicit | None:
    """A label naming no step, written the way the doc writes its step labels ("Upload videos:").

    Once a doc has shown its steps as "some estimations:" or as short lines alone, a line of
    the same shape opening a paragraph is the next section though it names none: otherwise
    the step above would run on over it. A short line needs to be alone in its paragraph or
    over running text (alone). Lead-ins ("Pros:") stay text. asking: a colon label asking how or
    what ("how a region is picked:") is one too, once the doc is known to write labels.
    """
    line = strip_marker(line)
    number = _SUB_NUMBER.match(line)  # "4.1 Hot keys", "4e. Growing": a part of a numbered step
    line = line[number.end() :] if number else line
    shape = _SHAPE.match(strip_markup(line))  # "replication  *** main deep dive ***" is a label too
    if shape is None or len(line) > MAX_CHARS:
        return None
    kind = "colon" if shape.group(2) else "line"
    if kind not in style or (kind == "line" and not alone):
        return None
    words = " ".join(shape.group(1).split())
    # "candidate gen (the big one)", "TTL — the main argument of the session:": the note aside
    bare = without_note(words) or words
    bare = before_dash(bare) if kind == "colon" else bare
    if len(bare) < 2:
        return None  # "A:", "Q:": a speaker's mark, not a label
    asked = asking and kind == "colon" and _HOW_LABEL.match(bare) is not None  # "how a region is picked:"
    # a topic named by what is done: "Growing it:", "Not double assigning a driver:"
    asked = asked or kind == "colon" and _GERUND.match(bare) is not None and len(bare.split()) <= MAX_UNNAMED_WORDS
    # "RESERVE - the one thing that matters": a shouted head and a note after a dash
    loud = shouted(bare) or shouted(before_dash(bare))
    # a step's numbered part may say what it covers in a phrase ("4a - Getting pings in when there is no signal")
    phrased = number is not None and len(bare.split()) <= MAX_NUMBERED_WORDS and not _FIGURE.search(bare)
    if not (loud or asked or phrased) and (
        len(bare.split()) > MAX_UNNAMED_WORDS or _FIGURE.search(bare) or _SENTENCE.search(bare)
    ):
        return None
    title = f"{number.group(0)}{words}" if number else words
    return None if _LEAD_IN.match(bare) or is_endpoint(bare) else Implicit(style[kind], title, kind)


# The number of a part within a step, ahead of its words: "4e. ", "4.1 ", "3.2) "; after a dotted number a
# capital ("4.1 Hot keys"), as "3.5 million users" is a figure.
# A dash or colon may set the number off ("4a - Getting pings in", "4.2: Hot keys").
_SUB_NUMBER = re.compile(
    r"^ {0,3}\d{1,2}(?:[a-z](?:[.)]|[ \t]*[-–—:])[ \t]+|(?:\.\d{1,2})+(?:[.)]|[ \t]*[-–—:])?[ \t]+(?=[A-Z]))"
)


_GERUND = re.compile(
    r"^(?:not\s+)?(?:(?:double|re|over|under|just|also)\s+)?"
    r"(?!(?:no|some|any|every)thing\b|during\b|morning\b|evening\b|string\b|ceiling\b|thing\b|king\b|ring\b)"
    r"[A-Za-z]{2,}ing\b(?!\s+(?:to|that|is|was|are)\b)",
    re.IGNORECASE,
)
# A label asking how or what, ended by its colon: "how a region is picked:", "what breaks first:".
_HOW_LABEL = re.compile(r"^(?:how|what|why|when|where) [a-z][\w' -]{0,30}$", re.IGNORECASE)


MAX_SHOUTED_WORDS = 6


def shouted(words: str) -> bool:
    """A line in capitals ("HOW DO WE PICK WHICH 1%"): plain notes shout their headings, sentence words and all."""
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(words.split()) <= MAX_SHOUTED_WORDS


# How many lines of one heading shape make them the doc's headings.
LONE_MIN = 3


def opens_sentence(line: str) -> bool:
    """The line begins with a word that carries on a sentence from the line above ("are gathered from ...");
    one opening with a subject of its own ("this is the part ...", "we keep ...") starts a new one, so a short
    line over it ("Deep dive - not overselling") ends where it is."""
    return _SENTENCE.match(line.lstrip()) is not None and _OWN_SUBJECT.match(line.lstrip()) is None


def has_sentence_words(words: str) -> bool:
    """The words hold one that makes a line a sentence rather than a name ("we", "is", "how")."""
    return _SENTENCE.search(words) is not None


# "GET /{code}" over what it returns is an operation of the API, not a heading.
_ENDPOINT = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/")


def is_endpoint(words: str) -> bool:
    """The words are an HTTP operation ("GET /{code}"), which no label names."""
    return _ENDPOINT.match(words.strip()) is not None


def is_lead_in(words: str) -> bool:
    """The words open a list or an example inside a section ("Pros", "Example"), not a section of their own."""
    return _LEAD_IN.match(words) is not None
