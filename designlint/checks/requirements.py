"""Checks for the requirements rules: trade-offs, scope, solutions named early.

R001 (the feature count) lives in features.py, R002 (topic coverage) in topics.py and R003-R004
(targets) in qualities.py; all are listed here too.

They read the requirements region (see textutil): the requirements step up to where
the next step begins, each block tagged with its part (functional, non-functional,
scope-exclusions) by heading, bold label or lead-in paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from designlint.checks import features, qualities, topics
from designlint.checks.base import Check
from designlint.checks.declines import declines
from designlint.checks.highlevel import design_started
from designlint.checks.implied import implied_dives
from designlint.checks.placeholders import is_placeholder
from designlint.checks.textutil import doc_text_lines, line_says, preamble, requirement_blocks, text_lines, unwrapped
from designlint.doc.context import Context
from designlint.doc.dialogue import NOTHING_LEFT, answered_as, from_interviewer, keeps_all, leaves_out, open_ask
from designlint.doc.document import Block, Section
from designlint.doc.items import ITEM_TEXT, sentence_span
from designlint.findings import Hit
from designlint.lowered import lower_alike

_NAME = {"type": "string", "minLength": 1}
NFR_TENSION = {"properties": {"qualities": _NAME, "tension": _NAME, "stance": _NAME}}
SCOPE = {"properties": {"excluded": _NAME, "narrowed": _NAME}}
SOLUTION = {"properties": {"terms": _NAME, "excused": _NAME}}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


# --- R005 ---------------------------------------------------------------------


def _sentences(ctx: Context) -> list[str]:
    """Every sentence of the document's text (code left out), split once per document."""
    return ctx.once("requirements._sentences", lambda: list(_split_sentences(doc_text_lines(ctx))))


def _split_sentences(lines: list[tuple[int, str]]) -> Iterator[str]:
    for _, line in lines:
        yield from (s for s in _SENTENCE.split(line) if s.strip())


def nfr_tension(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No sentence anywhere weighs one non-functional against another, nor takes a CAP stance."""
    if not ctx.outline.step_sections("requirements"):
        return
    qualities = ctx.terms(options.get("qualities", "tension-qualities"))
    tension, stance = options.get("tension", "nfr-tension"), options.get("stance", "nfr-stance")
    ctx.terms(tension)  # an unknown list is an error even where no sentence is read
    ctx.terms(stance)
    # One search of all the sentences joined, not two of each: most sentences hold no tension word.
    text, starts = _joined_sentences(ctx)
    if ctx.terms(stance).search(text):
        return
    sentences = _sentences(ctx)
    seen = set()
    for found in ctx.terms(tension).finditer(text):
        index = bisect.bisect_right(starts, found.start()) - 1
        if index not in seen and _weighs(sentences[index], qualities):
            return
        seen.add(index)
    yield Hit(ctx.anchor("requirements"), context="requirements")


def _weighs(sentence: str, qualities: re.Pattern[str]) -> bool:
    """Two different qualities in one sentence."""
    return len({m.group(0).lower()[:5] for m in qualities.finditer(sentence)}) >= 2


# Between sentences: a full stop and line breaks, so no term runs from one sentence into the next.
_JOIN = "\n.\n"


def _joined_sentences(ctx: Context) -> tuple[str, list[int]]:
    """The sentences joined into one text, and where each starts in it."""

    def make() -> tuple[str, list[int]]:
        starts, at = [], 0
        for sentence in _sentences(ctx):
            starts.append(at)
            at += len(sentence) + len(_JOIN)
        return _JOIN.join(_sentences(ctx)), starts

    return ctx.once("requirements._joined_sentences", make)


# --- R006 ---------------------------------------------------------------------

PARTS_SKIPPED = "writeup-parts-skipped"
# what every phrase of writeup-parts-skipped holds, tested first with `in`: most lines hold none of them
_SKIP_WORDS = (
    "skip", "Skip", "do not", "Do not", "don't", "Don't", "dont", "Dont", "won't", "wont", "will not", "not doing",
    "leav", "Leav", "ignor", "Ignor",
)  # fmt: skip


@lru_cache(maxsize=4096)
def without_parts_skipped(text: str, skipped: re.Pattern[str]) -> str:
    """The text with each part of the write-up the writer says they skip blanked (the list
    writeup-parts-skipped): that part of the answer is missing, no part of the system left out."""
    return _blanked(skipped, text) if any(word in text for word in _SKIP_WORDS) else text


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """The text with what the pattern finds turned to spaces, so the places of the rest hold."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


# who may see a thing, said with "only": "transcript visible to enrolled students only" guards data, it leaves
# no part of the system out
ACCESS_ONLY = "scope-access-only"


def without_access(text: str, access: re.Pattern[str]) -> str:
    """The text with each restriction of who may see or use a thing (the list scope-access-only) blanked."""
    return _blanked(access, text) if " only" in text else text


def _says(ctx: Context, pattern: re.Pattern[str], lines: Iterable[tuple[int, str]]) -> bool:
    kept, skipped, access = list(lines), ctx.terms(PARTS_SKIPPED), ctx.terms(ACCESS_ONLY)
    for index, (_, line) in enumerate(kept):
        line = without_access(_blanked(_QUOTED, line) if '"' in line or "“" in line else line, access)
        if _stated(pattern, line, skipped) and not (_refused(kept, index) and _only_asked(pattern, line, skipped)):
            return True
        asked = line.rstrip().endswith("?") and open_ask(line[_question_start(line) :])  # cheap tests first
        if asked and pattern.search(line) and answered_as(kept, index, leaves_out, asker=True):
            return True  # "Interviewer: Anything you're leaving out?" over "Me: Peal recording. Also wedding fees."
    return False


# A short quotation: a button's label or someone else's words ('with link "skip this one"'), none of the writer's scope.
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,40}[\"”]")


def _question_start(line: str) -> int:
    """Where the sentence closing the line (the question it asks) begins."""
    return sentence_span(line, len(line.rstrip()) - 1)[0]


def _only_asked(pattern: re.Pattern[str], line: str, skipped: re.Pattern[str]) -> bool:
    """Every match lies in the question closing the line: what the line states before it stands whatever the
    answer ("... I won't design it. Am I driving the thermostats?" over "No.")."""
    line = without_parts_skipped(line, skipped)
    asked = _question_start(line)
    return all(found.start() >= asked for found in pattern.finditer(line))


def _stated(pattern: re.Pattern[str], line: str, skipped: re.Pattern[str]) -> bool:
    """The pattern finds something the line does not only ask of the writer: the interviewer's "Could you do this
    in Postgres and skip Elasticsearch?" leaves nothing out. A question the line goes on to answer ("Anything
    you'd skip? A: returns") and the writer's own ("I'm assuming no e-bikes, just pedal bikes?") state one."""
    line = without_parts_skipped(line, skipped)
    if not (from_interviewer(line) and line.rstrip().endswith("?")):
        return pattern.search(line) is not None
    # the last question alone is asked: a match that runs on into it from an answer before it is stated
    asked = _question_start(line)
    return any(found.start() < asked for found in pattern.finditer(line))


# The same question and answer on one line, as a wrapped paragraph reads them.
_REFUSED_QA = re.compile(r"[^?\n]{0,200}\?\s+(?=" + NOTHING_LEFT.pattern.removeprefix("^") + ")", re.IGNORECASE)


def _refused(lines: list[tuple[int, str]], index: int) -> bool:
    """The line is a question about leaving parts out that the next line answers with nothing left out
    ("Interviewer: Anything you'd leave out?" over "Me: Not really, ...")."""
    return answered_as(lines, index, keeps_all)


def _line_says_unrefused(ctx: Context, name: str) -> bool:
    """line_says, but a question answered with nothing left out says nothing (the lines are read one by one only
    in a doc that holds such an answer)."""
    if not line_says(ctx, name):
        return False
    return _says(ctx, ctx.terms(name), doc_text_lines(ctx))


def scope_exclusions(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Nothing marks what the design leaves out: no such part with something in it, no 'out of scope' wording.

    A doc with no requirements step is held to it too once it has a design (only the plain
    wording counts there: "X only" anywhere in a design is no narrowing of scope): S001 says
    the step is missing, this what a reader of the design still cannot tell.
    """
    if any(_holds_text(s) for s in ctx.outline.parts.get("scope-exclusions", [])):
        return
    excluded = options.get("excluded", "scope-excluded")
    ctx.terms(excluded)  # an unknown list is an error whichever way the doc goes
    narrowed_name = options.get("narrowed", "scope-narrowed")
    narrowed = ctx.terms(narrowed_name)
    if ctx.outline.step_sections("requirements"):
        # The requirements first: they are short, and where they narrow the scope the whole text need not be read.
        tagged = requirement_blocks(ctx, exclude=())
        if any(t.part == "scope-exclusions" and _has_text(t.block) for t in tagged):
            return
        asked = preamble(ctx) + [t.block for t in tagged]
        if _says(ctx, narrowed, text_lines(ctx, asked)) or _wrapped_in(ctx, narrowed_name, asked) or _struck(asked):
            return
    elif not (design_started(ctx) or _dives_implied(ctx)):
        return
    # The whole text, lowered once, tells cheaply when no line can say it (most docs name no exclusion).
    if _line_says_unrefused(ctx, excluded) or _wrapped_says(ctx, excluded) or declines(ctx):
        return
    yield Hit(ctx.anchor("requirements"), context="requirements")


def _dives_implied(ctx: Context) -> bool:
    """Notes that go straight to their topics (a bold label or short title over each, no step named) hold a
    design as S001 reads it: two or more sections it takes for dives."""
    closing = ctx.terms("closing-titles")
    return len(implied_dives(ctx, "high-level", closing)) >= 2


def _wrapped_says(ctx: Context, name: str) -> bool:
    """An exclusion wrapped over a line break ("I state them as out\nof scope"), read where exclusions are
    stated: the requirements and the lines above them, or the whole text of a doc with no such step."""
    asked = [t.block for t in requirement_blocks(ctx, exclude=())]
    return _wrapped_in(ctx, name, preamble(ctx) + asked if asked else list(ctx.blocks))


def _wrapped_in(ctx: Context, name: str, blocks: list[Block]) -> bool:
    """The list called name finds something in the blocks' wrapped lines, each paragraph and item read whole
    ('Payments: "ignore' over 'them, assume there's a checkout"')."""
    text = without_parts_skipped(unwrapped(ctx, blocks), ctx.terms(PARTS_SKIPPED))
    text = without_access(text, ctx.terms(ACCESS_ONLY))
    text = _REFUSED_QA.sub(" ", text) if "?" in text else text  # joined, a question and its answer share a line
    return bool(text) and ctx.finds(name, text, lower_alike(text))


# A list item crossed out whole, perhaps with a note after it: "- ~~refunds~~", "• ~~returns~~ (v2)".
_STRUCK_ITEM = re.compile(r"~~[^~\n]+~~\s*(?:\([^()\n]*\))?")


def _struck(blocks: list[Block]) -> bool:
    """A feature crossed out in the requirements' list is one the writer dropped from the scope."""
    items = (i for b in blocks if b.kind == "list" and "~~" in b.text for i in b.items)
    return any(_STRUCK_ITEM.fullmatch(text) for item in items for text in _item_lines(item.text))


def _item_lines(text: str) -> Iterator[str]:
    """An item's own text, then each item nested in it, without its marker."""
    first, *nested = text.split("\n")
    yield first.strip()
    yield from (found.group(2).strip() for line in nested if (found := ITEM_TEXT.match(line.strip())))


def _holds_text(section: Section) -> bool:
    """A section with something in it besides prompts ("Non-goals: TODO" holds nothing yet)."""
    return any(_has_text(b) for b in section.all_blocks())


# A line that is only a note in brackets ("(to be filled in after review)") says nothing yet.
_NOTE_ONLY = re.compile(r"^\s*[(\[][^()\[\]\n]*[)\]]\s*$")


def _has_text(block: Block) -> bool:
    lines = block.text.split("\n")
    return any(line.strip() and not is_placeholder(line) and not _NOTE_ONLY.match(line) for line in lines)


# --- R007 ---------------------------------------------------------------------


def solution_terms(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A named technology in the requirements: the design is chosen before the problem is known."""
    terms = ctx.terms(options.get("terms", "req-technologies"))
    # a quote is someone else's words (a reviewer's comment, the prompt as given), not the writer's choice
    own = [t.block for t in requirement_blocks(ctx) if t.block.kind != "quote"]
    for number, line in text_lines(ctx, own):
        found = list(dict.fromkeys(m.group(0) for m in terms.finditer(line)))
        if found and not ctx.terms(options.get("excused", "req-technology-excused")).search(line):
            column = max(ctx.doc.lines[number - 1].find(found[0]), 0) + 1
            yield Hit(number, column, args={"tech": ", ".join(found)}, context=found[0].lower())


CHECKS = {
    **features.CHECKS,
    **qualities.CHECKS,
    **topics.CHECKS,
    "nfr_tension": Check(nfr_tension, NFR_TENSION),
    "scope_exclusions": Check(scope_exclusions, SCOPE),
    "solution_terms": Check(solution_terms, SOLUTION),
}
