"""In a thread of comments, a short question asking for the requirements or their qualities ("nfrs you'd
state up front?") makes the comment that answers it part of them, wherever in the thread it comes: a thread
follows its talk, not the framework's order."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from designlint.catalogue import Catalogue, Entry
from designlint.doc.headings import prompt_hits
from designlint.doc.model import Document, Section
from designlint.doc.prompts import asks_for
from designlint.doc.threads import comment_header, message

MAX_QUESTION_WORDS = 12


def claim_answers(
    doc: Document,
    catalogue: Catalogue,
    steps: dict[str, list[Section]],
    parts: dict[str, list[Section]],
    step_at: dict[int, str],
) -> None:
    """Put each comment answering a question for the requirements into them (and into the part asked for)."""
    comments = [s for s in doc.root.children if s.implicit == "comment"]
    # the answer is the next comment, or the asking one when it lists the answer below its question
    # ("**Tom:** what do we need exactly?" over "- machine reports stock per coil ...")
    pairs = [*pairwise(comments), *((c, c) for c in comments if _answers_itself(c))]
    for asked, answer in pairs:
        question = _asked(said(asked) if asked is not answer else _opening(asked))
        if not question.endswith("?") or len(question.split()) > MAX_QUESTION_WORDS:
            continue
        entry = asks_for(question, catalogue) or _asks_what_it_does(question, catalogue)
        if entry is None or (entry.parent or entry.id) != "requirements" or step_at.get(answer.line) == "requirements":
            continue
        _claim(answer, steps, step_at)
        if not entry.is_step:
            parts.setdefault(entry.id, []).append(answer)
    # a comment of the requirements that closes by asking ("- match rides to segments ... ?") is answered by the
    # next one, which names no step of its own: "yes. skip segment creation, no time" agrees on the scope
    for asked, answer in pairwise(comments):
        if step_at.get(asked.line) == "requirements" and answer.line not in step_at and said(asked).endswith("?"):
            _claim(answer, steps, step_at)


def _claim(answer: Section, steps: dict[str, list[Section]], step_at: dict[int, str]) -> None:
    steps["requirements"] = sorted([*steps.get("requirements", []), answer], key=lambda s: s.line)
    step_at[answer.line] = "requirements"


def _asks_what_it_does(question: str, catalogue: Catalogue) -> Entry | None:
    """The functional requirements, when the question asks what the system must do ("what do we need exactly?"):
    a transcript opens with them, so asks_for leaves them out; in a thread someone asks for them."""
    return next((e for e, _ in prompt_hits(question.lower(), catalogue) if e.id == "functional"), None)


def _answers_itself(comment: Section) -> bool:
    """The comment opens with a question and goes on with a list below it."""
    return _asked(_opening(comment)).endswith("?") and any(b.kind == "list" for b in comment.blocks[1:])


# A question typed in a chat without its mark: "ok. what does it need to do", "so which db". Only a question
# word opens one: "do the math" and "should be fast" are an order and an answer.
_UNMARKED = re.compile(
    r"^(?:(?:ok(?:ay)?|so|right|alright|well|and)[.,!]?\s+)*(?:what|which|how|who|where|why)\b[^.?!]*$",
    re.IGNORECASE,
)


def _asked(text: str) -> str:
    """The text as a question: closed by its mark, which a chat may leave off."""
    return f"{text}?" if _UNMARKED.match(text) else text


def _opening(comment: Section) -> str:
    """The words of the comment's first paragraph, after the speaker's name that opens a chat's message."""
    first = next((b.text for b in comment.blocks if b.kind == "paragraph"), "")
    return _words(first.split("\n"), keep_first=True)


def said(comment: Section) -> str:
    """A comment's words after its header line, or after the speaker's name that opens a chat's message."""
    return _words("\n".join(b.text for b in comment.blocks).split("\n"), keep_first=False)


def _words(lines: list[str], keep_first: bool) -> str:
    """The lines as one text, the first without the speaker's name that opens it (or, with none, kept only if
    keep_first: a thread's comment opens with its header line)."""
    opening = message(lines[0]) if lines else None
    # a thread's header line ("**dev** 10:03") names who speaks; their words start below it
    keep_first = keep_first and not (lines and comment_header(lines[0]))
    first = [opening] if opening is not None else lines[:1] if keep_first else []
    return " ".join(line.strip() for line in first + lines[1:] if line.strip())


# The clauses a comment opens with, each closed by a colon or a full stop: "ok kicking this off.
# requirements as I understand them:", "numbers. biggest stream ...", "non-functional: should feel instant".
_CLAUSE = re.compile(r"([^.:!?\n]{1,60})(?:[:.](?:\s|$))")
MAX_LEAD_WORDS, MAX_LEAD_CLAUSES = 6, 2


def leads(comment: Section) -> list[str]:
    """The short clauses that open what a comment says, as labels of what it goes on to say; the words a
    speaker takes the floor with ("ok so reqs:") come off the label."""
    found = (_FILLER.sub("", m.group(1).strip()) for m in _CLAUSE.finditer(said(comment)))
    clauses = [clause for clause in islice(found, MAX_LEAD_CLAUSES) if 0 < len(clause.split()) <= MAX_LEAD_WORDS]
    # a short opening right over a list labels it, closed or not: "ok so features first" over "- select text ..."
    opening = _FILLER.sub("", _opening(comment))
    listed = any(b.kind == "list" for b in comment.blocks[1:]) and 0 < len(opening.split()) <= MAX_LEAD_WORDS
    return clauses + [opening] if listed and not clauses else clauses


_FILLER = re.compile(r"^(?:(?:ok(?:ay)?|so|right|alright|well|yeah|cool|fine|and|then)[,!]?\s+)+", re.IGNORECASE)
