"""Headings that open a paragraph and run on into it, in write-ups without Markdown headings.

A memo opens each paragraph with a short phrase and a full stop ("Load. Marketing expects 2M
people ..."); an essay takes its topics in turn ("The first hard problem is the network. ...",
"The second decision is documents."). Either way the opening words name what the paragraph is
about, and the paragraph stays the section's text. Each kind is read only once the doc is known
to write that way (document.parse decides, see styles.py), since one such opening is just prose.
"""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue
from designlint.doc.implicit import LONE_MIN, STEP_LEVEL, Implicit, has_sentence_words, is_lead_in, named

# "Load. Marketing expects 2M people ...", "Sharding the counter. One key on one shard ...": a memo's
# paragraph opened by a short phrase ending in a full stop, naming what the paragraph is about.
_LEAD = re.compile(r"^ {0,3}([A-Z][A-Za-z'/ -]{1,40}?)\.[ \t]+(?=[A-Z\d\"'(])")
MAX_LEAD_WORDS = 4


def lead(line: str, catalogue: Catalogue) -> Implicit | None:
    """A lead phrase opening a paragraph (see _LEAD) as a heading: a few words and no sentence words."""
    found = _LEAD.match(line)
    if found is None:
        return None
    words = found.group(1).strip()
    if len(words.split()) > MAX_LEAD_WORDS or has_sentence_words(words) or is_lead_in(words):
        return None
    return named(words, catalogue, "lead") or Implicit(STEP_LEVEL, words, "lead")


def lead_labels(lines: list[str], firsts: list[int], catalogue: Catalogue) -> bool:
    """Whether a doc without Markdown headings opens LONE_MIN or more of its paragraphs (firsts: their
    first lines) with a lead phrase: a memo written that way, whose lead phrases are its headings."""
    return sum(1 for number in firsts if lead(lines[number - 1], catalogue) is not None) >= LONE_MIN


# "The second hard problem is the network.", "Third option, which I'd go with: ...", "The last area worth
# real thought is alerting": an essay's topic taken in turn, named in the clause that opens the paragraph.
_ORDINAL = re.compile(
    r"^ {0,3}(?:(?:The|A) (?:first|second|third|fourth|fifth|next|other|last|final)"
    r"|First|Second|Third|Fourth|Fifth|Last|Final)\b"
    r"(?P<clause>[^.:;!?\n]{0,80}?)(?:\b(?:is|are|was)\b|:)",
)
MAX_ORDINAL_TITLE_WORDS = 10
ORDINALS_MIN = 2


def ordinal(line: str) -> Implicit | None:
    """An essay's paragraph opened by an ordinal topic (see _ORDINAL) as a heading: its first clause."""
    if _ORDINAL.match(line) is None:
        return None
    return _titled(re.split(r"[.:;!?]", line.strip(), maxsplit=1)[0])


def _titled(clause: str) -> Implicit:
    """A paragraph's opening clause as the title of the section it opens, cut at MAX_ORDINAL_TITLE_WORDS."""
    words = clause.split()
    title = " ".join(words[:MAX_ORDINAL_TITLE_WORDS]) + (" ..." if len(words) > MAX_ORDINAL_TITLE_WORDS else "")
    return Implicit(STEP_LEVEL, title, "lead")


def ordinal_topics(lines: list[str], firsts: list[int]) -> bool:
    """Whether a doc without Markdown headings takes ORDINALS_MIN or more topics in turn (see ordinal)."""
    return sum(1 for number in firsts if _ORDINAL.match(lines[number - 1])) >= ORDINALS_MIN


# "First, I pin down what we're building.", "Next, the targets.", "After that I describe what we store.": a
# walkthrough told in order, each paragraph opened by a word that moves it on a step.
# A timeline moves on by its stamps the same way: "[00:05] Wrote requirements on the board.", "2026-03-05:
# storage backend.", "Day 2 — the queue", a numbered thread's "4/14 scale guesses".
_SEQUENCE = re.compile(
    r"^ {0,3}(?:(?P<word>First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Next|Then|After (?:that|this)|Now|Finally|Lastly"
    r"|To (?:start|begin|finish|close|wrap up))\b,?"
    r"|(?P<stamp>\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{4}-\d{2}-\d{2}:|Day \d{1,2}\s*(?:[—–:-]|\.)|\d{1,2}/\d{1,2}(?!\d))"
    r")[ \t]+(?:(?:up|comes?)\b,?[ \t]*)?(?=[A-Za-z])"
)
# How many different words moving the walkthrough on make it one: "Then" three times may be a story's.
SEQUENCE_WORDS_MIN = 3


def sequenced(line: str) -> Implicit | None:
    """A walkthrough's paragraph opened by a word moving it on (see _SEQUENCE) as a heading: its first
    clause after that word, "the first deep part" of "Next comes the first deep part: how a hold is taken",
    so that "Then some numbers." names the estimate as "Some numbers" alone would."""
    found = _SEQUENCE.match(line)
    if found is None:
        return ordinal(line)
    return _titled(re.split(r"[.,:;!?(]", line[found.end() :].strip(), maxsplit=1)[0])


def walkthrough(lines: list[str], firsts: list[int]) -> bool:
    """Whether a doc without Markdown headings opens its paragraphs with SEQUENCE_WORDS_MIN or more different
    words moving it on (see sequenced): a walkthrough, whose paragraphs are its sections."""
    found = (_SEQUENCE.match(lines[number - 1]) for number in firsts)
    words = {(match["word"] or match["stamp"]).lower().removesuffix("ly") for match in found if match}
    return len(words) >= SEQUENCE_WORDS_MIN


# An essay of long paragraphs, no heading of any kind: each paragraph takes up one topic, named in the
# clause that opens it ("The core of the answer is the trigram index, and ..."), as a forum answer or a
# blog post is written.
ESSAY_WORDS, ESSAY_MIN, ESSAY_SHARE = 60, 4, 0.6


def essay(lines: list[str], paragraphs: list[tuple[int, int]]) -> bool:
    """Whether ESSAY_MIN or more paragraphs (start and end lines) of ESSAY_WORDS words or more hold most of
    the doc's words, and no paragraph after the first opens with a short line, as a heading would, or with
    a speaker's turn, as a transcript does. One label among many long paragraphs ("On failures: if the
    pipeline stalls, ...") is the essay turning to its next topic, not notes."""
    sizes = [_words(lines, start, end) for start, end in paragraphs]
    long = [size for size in sizes if size >= ESSAY_WORDS]
    if len(long) < ESSAY_MIN or sum(long) < ESSAY_SHARE * _words(lines, 1, len(lines)):
        return False
    headed = [start for start, _ in paragraphs[1:] if _headed(lines[start - 1])]
    return not headed or len(headed) == 1 and len(long) >= ESSAY_MIN_BESIDE_LABEL


def _headed(line: str) -> bool:
    """A paragraph's first line as notes open one, not as prose does: a few words ("Holding a seat"), a label
    ("pro: ...", "Candidate: ...") or a letter in brackets ("(a) SELECT ...")."""
    return len(line.split()) <= ESSAY_HEAD_WORDS or _LABELLED.match(line) is not None


ESSAY_HEAD_WORDS = 6
ESSAY_MIN_BESIDE_LABEL = 6  # long paragraphs an essay needs for one labelled paragraph to be one of its topics
_LABELLED = re.compile(r"^\s*(?:\(?[a-z0-9]\)|[\w' -]{1,20}:\s)", re.IGNORECASE)


def _words(lines: list[str], start: int, end: int) -> int:
    return sum(len(line.split()) for line in lines[start - 1 : end])


def topic(line: str) -> Implicit:
    """An essay's paragraph as a section: a walkthrough's or an ordinal's opening if it has one, else its
    first clause."""
    found = sequenced(line)
    if found is not None:
        return found
    return _titled(re.split(r"[.,:;!?(]|\s[—–-]\s", line.strip(), maxsplit=1)[0])


def opening(lines: list[str], start: int, end: int, catalogue: Catalogue, kind: bool | str) -> Implicit | None:
    """The heading a paragraph's opening words make in a doc written that way (kind: "ordinal" for an essay's
    topics in turn, "sequence" for a walkthrough's steps, "essay" for an essay's long paragraphs, else a
    memo's lead phrases)."""
    line = lines[start - 1]
    if kind == "essay":
        return topic(line) if _words(lines, start, end) >= ESSAY_WORDS else None
    if kind == "ordinal":
        return ordinal(line)
    return sequenced(line) if kind == "sequence" else lead(line, catalogue)
