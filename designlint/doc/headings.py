"""Heading words and inline markup: the one place that reads them, for the outline, profiles and checks.

It also scores which catalogue step or part a title names, so the parser (for headings
written as plain lines) and the outline (for Markdown headings) decide alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from designlint.catalogue import Catalogue, Entry
from designlint.patterns import Searcher, compile_pattern

# "Step 2 -", "Part 1:" ahead of a heading's words; a prep sheet's or a course's own numbered label too
# ("Prompt 2 —", "Question 3:", "Section 4.", "Lesson 1 -"). Such a heading is one part of a series.
_PART_NUMBER = r"(?:step|part|phase|stage|prompt|question|section|chapter|lesson|module|task)\s*\d+"
_NUMBERED_PART = re.compile(rf"^\s*{_PART_NUMBER}", re.IGNORECASE)
# That, or "2.", "3.1)", "4a.", "IV.", "(a)" ahead of a heading's words.
_NUMBERING = re.compile(
    rf"^\s*(?:{_PART_NUMBER}\s*[:.)\-–—]*|\(?\d+(?:\.\d+)*(?:[a-z](?=[.)]))?[.)]?|\(?[ivx]+[.)]|\([a-z]\))"
    r"\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def numbered_part(title: str) -> bool:
    """A heading numbered as one part of a series ("Step 1 - Scope", "Question 3: Data model"): no title."""
    return _NUMBERED_PART.match(title) is not None
# An "(Optional)" or "[optional]" tag that templates put after a heading.
# (?<!\s): try "(optional)" once per run of blanks, not from every blank of the run (linear).
_OPTIONAL = re.compile(r"(?<!\s)\s*[\[(]optional[\])]\s*$", re.IGNORECASE)
# Emphasis and code marks, and links (their words kept).
# Link words stop at the next "[" and targets at the next "(", possessively: a scan from each
# opener to the line's end was quadratic on "[[[[...".
_EMPHASIS = re.compile(r"[*_`]|\[([^\[\]]*+)\]\([^()]*+\)")
# The same plus images, HTML tags and bare URLs, for body text. Each alternative starts with
# one given character (a run of marks is written as three), so a search skips straight to the
# next of those characters rather than trying every position.
_LINK = r"\[([^\[\]]*+)\]\([^()]*+\)"
# (A tag opens with a letter, "/", "!" or "?" after its "<", as CommonMark reads raw HTML: "target <150ms
# teacher -> student" holds a bound and an arrow, no tag.)
_MARK = r"<[A-Za-z/!?][^<>\n]*+>|https?://\S+|\*[*_`]*|_[*_`]*|`[*_`]*"
_MARKUP = re.compile(rf"!{_LINK}|{_LINK}|{_MARK}")
_MARKS = re.compile(_MARK)  # _MARKUP less its links


def typed_straight(text: str) -> str:
    """The text with its curly apostrophes typed straight: the term lists spell "can't" and "isn't" as keyboards
    do, and blog posts are typeset with "can’t"."""
    return text.replace("’", "'") if "’" in text else text


def strip_markup(text: str) -> str:
    """Text without emphasis, inline code marks, HTML tags or link targets (link words kept), typed straight."""
    text = typed_straight(text)
    if "[" not in text:  # no link: every match goes, without a Python call per match
        return _MARKS.sub("", text)
    return _MARKUP.sub(lambda m: m.group(1) or m.group(2) or "", text)


# A pictograph or arrow that marks a line ("📌 reqs", "🏗️ design", "❌ not doing: ..."), the clock time
# of a session's timeline ("10:12 numbers", "[10:18] drew boxes") or a checklist's box ("[x] requirements"):
# a mark, not words.
PICTOGRAPH = r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"  # arrows, symbols, emoji and their joiners
_MARKER = re.compile(
    rf"^(\s*)(?:{PICTOGRAPH}+|"
    r"\[?\d{1,2}:\d{2}\]?(?=\s+[A-Za-z])"
    r"|\[[ xX✓✔-]\](?=\s+[A-Za-z]))\s*"
)


def strip_marker(line: str) -> str:
    """The line without the pictographs or clock time that open it, or the rules framing it ("--- API ---"),
    its indent kept."""
    head = line.lstrip()[:1]
    if head and head in _FRAME_CHARS:
        return _FRAMED.sub(r"\1\g<title>", line, count=1)
    return _MARKER.sub(r"\1", line, count=1) if head and (not head.isascii() or head in "[0123456789") else line


# A title framed by rules of one character, as plain notes set a heading apart: "--- key decision ---",
# "=== API ===", "*** Deep dive ***".
_FRAME_CHARS = "-=*~#_"
_FRAMED = re.compile(r"^(\s*)([-=*~#_])\2{2,}[ \t]+(?P<title>[^-=*~#_\s](?:[^\n]*?[^-=*~#_\s])?)[ \t]+\2{3,}[ \t]*$")


# A note in brackets closing a title: "reqs (agreed w/ Dan)", "drops (spent most time here)".
_CLOSING_NOTE = re.compile(r"\s*\([^()\n]*\)\s*$")
# ... or a hedge after a comma or a dash, said of the numbers or the notes: "numbers, just guesses", "scale -
# rough", "requirements, as I understood them"
_CLOSING_HEDGE = re.compile(
    r"\s*(?:,|\s[-–—])\s*(?:(?:just|very|only|super|pretty|all|mostly)\s+)?"
    r"(?:guess(?:es|ed|timates?)?|rough(?:ly)?|quick(?:ly)?|ballpark|approximate(?:ly)?|napkin(?: math)?"
    r"|back of (?:the )?envelope|as (?:i|we) (?:understood|heard|got) (?:it|them)|for now|draft|wip|ish)\s*$",
    re.IGNORECASE,
)


def without_note(words: str) -> str:
    """The words without a note in brackets closing them ("drops (spent most time here)" is "drops"), or a
    hedge after a comma or a dash ("numbers, just guesses" is "numbers")."""
    return _CLOSING_HEDGE.sub("", _CLOSING_NOTE.sub("", words))


# A retro's hindsight after the name: "The design I should have given", "API we should've drawn".
_HINDSIGHT = re.compile(
    r"^(.+?\s\S+)\s+(?:that\s+)?(?:i|we)\s+(?:should|would|could|might)(?:'ve|\s+have)\s+\w+$", re.IGNORECASE
)


def without_hindsight(words: str) -> str:
    """The name before a retro's "I should have given" ("the design I should have given" is "the design");
    the words unchanged when fewer than two would be left ("What I should have said")."""
    found = _HINDSIGHT.match(words.strip())
    return found.group(1) if found else words


def normalize_title(title: str) -> str:
    """A heading's words without numbering, emphasis, link targets, a pictograph marking it ("🏗️ Design")
    or an "(Optional)" tag, in lower case."""
    text = _EMPHASIS.sub(lambda m: m.group(1) or "", strip_marker(title))
    text = _NUMBERING.sub("", text, count=1)
    # "numbers:" marked up as a heading keeps its colon; the name is the same
    return _OPTIONAL.sub("", text).strip().rstrip(":").rstrip().lower()


@dataclass(frozen=True, slots=True)
class Named:
    """The entry a title names and how many of the title's characters its synonyms match."""

    entry: Entry
    length: int


@lru_cache(maxsize=64)
def compiled(patterns: tuple[str, ...]) -> tuple[Searcher, ...]:
    """Synonyms from a config run time-limited (see patterns.py); the built-in ones on re."""
    return tuple(compile_pattern(rf"(?<![\w-])(?:{p})(?![\w])", re.IGNORECASE, (p,)) for p in patterns)


@lru_cache(maxsize=64)
def _any_synonym_of(patterns: tuple[str, ...]) -> Searcher:
    """One pattern for an entry's synonyms: it finds a title where any of compiled(patterns) does."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return compile_pattern(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE, patterns)


# By the catalogue's identity: hashing a whole catalogue for each line would cost more than the search.
_ANY: dict[int, tuple[Catalogue, Searcher]] = {}


def _any_synonym(catalogue: Catalogue) -> Searcher:
    """One pattern for every synonym, so a title that names nothing costs one search, not one per synonym."""
    known = _ANY.get(id(catalogue))
    if known is None or known[0] is not catalogue:
        synonyms = tuple(p for entry in catalogue.entries for p in entry.synonyms)
        body = "|".join(f"(?:{p})" for p in synonyms)
        searcher = compile_pattern(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE, synonyms)
        known = _ANY[id(catalogue)] = (catalogue, searcher)
    return known[1]


def named_entry(text: str, catalogue: Catalogue) -> Named | None:
    """The step or part a normalised title names: the entry whose synonyms match the most characters.

    A part beats a step on a tie because it says more.
    """
    text = catalogue.mend(text)
    if not _any_synonym(catalogue).search(text):
        return None
    best: Named | None = None
    for entry in catalogue.entries:
        if len(entry.synonyms) > 1 and not _any_synonym_of(entry.synonyms).search(text):
            continue  # one search tells that none of the entry's synonyms is there
        score = sum(len(found.group(0)) for p in compiled(entry.synonyms) if (found := p.search(text)))
        if score and (best is None or score > best.length or (score == best.length and not entry.is_step)):
            best = Named(entry, score)
    return best


# "Requirements I'm going with", "numbers I did on the whiteboard", "what we agreed": a step's or part's name,
# then a few words on who chose it.
_WHO = re.compile(r"^(?:i|i'm|im|i've|ive|i'd|we|we're|we've|we'd|you|they|he|she)\b")
MAX_WHO_WORDS = 5
# "What we'd tell someone starting over", "what I'd actually do": a question word opens a clause, not a name.
_ASKING = frozenset(("what", "how", "why", "when", "where", "who", "which"))


def headed_entry(text: str, catalogue: Catalogue) -> Entry | None:
    """The step or part a normalised title names by its first word alone, the rest saying who chose it
    (see _WHO); no figures in the rest, which would make it a statement ("nums i did: 5k/s")."""
    head, _, rest = text.strip().partition(" ")
    if head in _ASKING or not _WHO.match(rest) or len(rest.split()) > MAX_WHO_WORDS or any(c.isdigit() for c in rest):
        return None
    found = named_entry(head, catalogue)
    return found.entry if found is not None and found.length >= len(head) else None


# A dash set between spaces parts a name from what follows: a topic ("deep dive — the distance check") or a
# note ("TTL — the main argument of the session").
_DASH = r"\s+(?:[—–]|--?)\s+"
_DASH_NOTE = re.compile(_DASH)
# What parts a step's name from its topic: "Deep dive: hot keys", "deep dive — the distance check".
_TOPIC_MARK = re.compile(rf"\s*:\s*|{_DASH}")


def before_dash(words: str) -> str:
    """The words before a dash set between spaces ("TTL — the main argument" is "TTL"); all of them if none."""
    return _DASH_NOTE.split(words, maxsplit=1)[0]
TOPIC_COVER = 0.6  # share of the head's letters its synonyms must cover ("Detail: patient reply")


def topic_entry(text: str, catalogue: Catalogue) -> Entry | None:
    """The step a title names before its topic ("Deep dive: hot keys", "7. Detail - replies"); none when the
    topic holds a figure, which makes the line a statement ("Estimate: 5k/s")."""
    parts = _TOPIC_MARK.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip() or any(c.isdigit() for c in parts[1]):
        return None
    head = normalize_title(without_note(parts[0]) or parts[0])
    found = named_entry(head, catalogue) if head else None
    if found is None or not found.entry.is_step or found.length < TOPIC_COVER * len(head):
        return None
    return found.entry


def prompt_hits(text: str, catalogue: Catalogue) -> list[tuple[Entry, int]]:
    """Each entry one of whose prompts the text holds, with the length of what the prompt found."""
    return [
        (entry, len(hit.group(0)))
        for entry in catalogue.entries
        if entry.prompts
        for hit in (p.search(text) for p in compiled(entry.prompts))
        if hit is not None
    ]


def asked_entry(text: str, catalogue: Catalogue) -> Entry | None:
    """The step or part a question heading asks for, read with the catalogue's prompts ("How big is it?"
    asks for the estimation): the longest prompt found wins, a part's over a step's on a tie."""
    hits = prompt_hits(text, catalogue)
    return max(hits, key=lambda hit: (hit[1], not hit[0].is_step))[0] if hits else None


# A title opening with a verb that asks for a step is the writer's own prompt ("Size it", "Sketch the
# components", "Model the data"): the catalogue's prompts read it, before its synonyms. ("Go deeper" alone is
# an interviewer's ask, no title.)
_IMPERATIVE = re.compile(r"^(?:clarify|scope|size|estimate|define|sketch|draw|model|walk|lay out|work out)\b")


def imperative_entry(text: str, catalogue: Catalogue) -> Entry | None:
    """The step or part a title in the imperative asks for, read with the prompts (see _IMPERATIVE)."""
    return asked_entry(text, catalogue) if _IMPERATIVE.match(text) else None


# The questions that wind an interview up ask for no dive: "Anything else?", "Questions for me?".
_WINDING_UP = re.compile(r"\b(?:anything|what) else\b|\bquestions? for (?:me|us)\b|\banything to add\b", re.I)


def winds_up(question: str) -> bool:
    """The question winds the interview up ("Anything else you'd worry about?"); it asks for no dive."""
    return _WINDING_UP.search(question) is not None
