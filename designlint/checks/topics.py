"""R002: which non-functional topics a design covers.

A topic counts when the requirements name it in any of their parts, when a section title outside the design or a
bold label names it, when a stance anywhere in the doc states it ("strong consistency", "AP over CP"), or when a line
anywhere asks for it in so many words ("must be fast for dispatch"). Scalability counts too where the design says how
it grows, as D006 reads a scaling path. A line that sets a topic aside ("I'd leave security out of scope", as R006
reads a part left out) asks for none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import Any

from designlint.checks.base import Check
from designlint.checks.declines import declined
from designlint.checks.design import DESIGN_LACKS, design_lacks, design_start
from designlint.checks.highlevel import design_started
from designlint.checks.qualities import target_set
from designlint.checks.textutil import (
    doc_low,
    doc_text,
    doc_text_lines,
    preamble,
    requirement_blocks,
    text_lines,
    title,
)
from designlint.checks.topic_labels import LEFT_FOR_LATER, TOPICS, labels
from designlint.doc.context import Context
from designlint.doc.dialogue import answered_as
from designlint.doc.document import Block
from designlint.doc.items import sentence_span
from designlint.findings import Hit
from designlint.lowered import lower_alike

_NAMES = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "uniqueItems": True}
NFR_COVERAGE = {
    "properties": {
        "topics": _NAMES,
        "min": {"type": "integer", "minimum": 0},
        # D006's options: a scaling path, as D006 reads one, is a stance on scalability
        "scaling-path": DESIGN_LACKS,
    }
}


# --- R002 -------------------------------------------------------------------


def _nfr_blocks(ctx: Context) -> tuple[list[Block], int]:
    """The non-functional part, else the whole requirements step; and where to point."""
    tagged = requirement_blocks(ctx)
    own = [t.block for t in tagged if t.part == "non-functional"]
    if own:
        sections = ctx.outline.parts.get("non-functional", [])
        heads = [s.line for s in sections if s.line <= own[0].line]
        return own, max(heads) if heads else own[0].line
    return preamble(ctx) + [t.block for t in tagged], ctx.anchor("requirements")


def _unasked(ctx: Context) -> bool:
    """No requirements step, but a design: the qualities it holds are the stances it states."""
    return not ctx.outline.step_sections("requirements") and design_started(ctx)


def _outside_estimates(ctx: Context) -> list[tuple[int, str]]:
    """The doc's lines outside its estimate: "100M DAU, peak 3x" there is workload, not a quality asked;
    a target written among the figures ("search p95 < 300ms") is still one."""
    targets = ctx.terms("nfr-item-figures")
    start = design_start(ctx) or 10**9  # what comes after the design begins is the design's, asked or not
    return [
        (n, line)
        for n, line in doc_text_lines(ctx)
        if n < start and not ctx.outline.holds(n, steps=("estimation",)) or targets.search(line)
    ]


def _covered(ctx: Context, topics: list[str], wanted: int, growth: Mapping[str, Any] | None = None) -> list[str]:
    """Topics the requirements (or the problem above them) name, or that a stance anywhere states.

    A topic's "-stance" list, when the vocabulary has one, holds words that name the quality
    itself ("highly available", "consistency"); those count wherever the doc says them. The
    whole doc is searched only when the requirements and labels leave fewer than wanted.
    """
    # Where the doc has a non-functional part, the qualities are asked there: "QR code as backup" in a
    # feature asks for no durability.
    region = list(_outside_estimates(ctx) if _unasked(ctx) else text_lines(ctx, _nfr_blocks(ctx)[0]))
    # The title asks for nothing: "Secrets manager - quick notes" asks for no speed.
    named = title(ctx)[0]
    region = [pair for pair in region if pair[0] != named]
    asked = "\n".join(line for _, line in region) + "\n" + labels(ctx)
    low = lower_alike(asked)  # lowered once for all the topics
    # Stop once wanted are found: the rule is then silent, so the rest need not be looked for.
    covered = _first(topics, wanted, lambda topic: _asked_in(ctx, topic, region, asked, low))
    # then, while fewer than wanted: a stance anywhere, a target (as R003/R004 read one), an ask in so many words
    for states in (_stance, _targeted, target_set, _asked_anywhere, partial(_grows, growth=growth)):
        if len(covered) < wanted:
            rest = [topic for topic in topics if topic not in covered]
            covered += _first(rest, wanted - len(covered), partial(states, ctx))
    return [topic for topic in topics if topic in covered]


def _asked_in(ctx: Context, topic: str, region: list[tuple[int, str]], asked: str, low: str | None) -> bool:
    """The requirements (or the labels) ask for the topic on a line that does not set it aside. The lines are
    read one by one only once the whole region holds the topic."""
    if not ctx.finds(topic, asked, low):
        return False
    pattern = ctx.terms(topic)
    return _held(ctx, pattern, region) or pattern.search(labels(ctx)) is not None


def _held(ctx: Context, pattern: re.Pattern[str], lines: list[tuple[int, str]], clean: bool = False) -> bool:
    """The pattern finds something on a line that does not set it aside (see _set_aside); clean: a label the
    line dismisses after its colon ("E2E encryption: skipped") is taken off first. The sentence that names the
    topic is what may set it aside: a paragraph of targets may close on a non-goal ("... tolerate losing one zone.
    Non-goal: cross-tenant search.") that sets aside only its own sentence."""
    for index, (_, line) in enumerate(lines):
        text = _DISMISSED.sub("", line) if clean else line
        found = pattern.search(text)
        if found and not _set_aside(ctx, lines, index, text[slice(*sentence_span(text, found.start()))]):
            return True
    return False


def _set_aside(ctx: Context, lines: list[tuple[int, str]], index: int, said: str) -> bool:
    """The sentence that names the qualities sets them aside ("I'd leave security out of scope for today"), or the
    line is the interviewer's question that the next line sets aside ("Interviewer: Cost?" over "I'll skip cost
    for this round"): it asks for none of them. A question answered ("Cost?" over "Egress is the bill") asks for
    its topic."""
    if declined(ctx, said) or _OPEN.search(said):
        return True
    return answered_as(lines, index, partial(declined, ctx), asker=True)


# A quality left as a question for later: "need to ask PM about latency and uptime targets", "consistency model
# TBD", "durability: to be agreed with legal". It is named, not asked for; a target beside it is still read as
# one (_targeted reads the figures).
_OPEN = re.compile(
    r"\b(?:tbd|tbc|to be (?:decided|defined|agreed|confirmed|determined|discussed)|open questions?"
    r"|(?:need|needs|have|has) to (?:ask|check|confirm|find out)|ask (?:the )?(?:pm|product|stakeholders?)\b)",
    re.IGNORECASE,
)


# A line that asks for something: "must be fast for dispatch", "cant go down in a mass casualty event".
_ASKS = re.compile(
    r"\b(?:must|mustn'?t|should(?:n'?t)?|needs? to|has to|have to|can'?t|cannot|can never"
    r"|it'?s (?:critical|key) that|let'?s keep (?:it|things))\b",
    re.IGNORECASE,
)


def _asked_anywhere(ctx: Context, topic: str) -> bool:
    """A line outside the requirements asks for the quality in so many words ("must be fast", "cant go down"):
    notes often type their qualities after the numbers, under no label of their own."""
    if not ctx.finds(topic, doc_text(ctx), doc_low(ctx)):
        return False
    terms = ctx.terms(topic)
    lines = (line for _, line in doc_text_lines(ctx) if not _OPEN.search(line))
    return any(terms.search(ask) for line in lines for ask in _asks_in(line))


_ASK_REACH = re.compile(r"^\S*(?:\s+\S+){0,5}")  # the ask and the five words after it: "must be fast for dispatch"


def _asks_in(line: str) -> Iterator[str]:
    """Each ask in the line with the words right after it; a quality named further on is not what it asks."""
    for found in _ASKS.finditer(line):
        reach = _ASK_REACH.match(line[found.end() :].lstrip())
        yield found.group(0) + " " + (reach.group(0) if reach else "")


def _grows(ctx: Context, topic: str, growth: Mapping[str, Any] | None) -> bool:
    """Scalability, where the design says how it grows ("at 10x we add read replicas; past that, shard by
    user"): how the system scales is a stance on scalability, asked for or not."""
    return topic == "nfr-scalability" and growth is not None and not any(design_lacks(ctx, growth))


def _first(topics: list[str], wanted: int, states: Callable[[str], bool]) -> list[str]:
    """The topics that states() holds for, up to the first wanted of them."""
    found: list[str] = []
    for topic in topics:
        if len(found) >= wanted:
            break
        if states(topic):
            found.append(topic)
    return found


def _targeted(ctx: Context, topic: str) -> bool:
    """A line anywhere but the title sets the topic a target ("Targets I'd state: search p95 < 500 ms, site
    99.9% available" among the numbers): a bound and a figure beside the topic's words."""
    targets = ctx.once("topics.targets", lambda: _target_lines(ctx))
    return bool(targets) and ctx.finds(topic, targets, lower_alike(targets))


def _target_lines(ctx: Context) -> str:
    bound = ctx.terms("nfr-stated-targets")
    named = title(ctx)[0]
    return "\n".join(line for number, line in doc_text_lines(ctx) if number != named and bound.search(line))


def _stance(ctx: Context, topic: str) -> bool:
    """A stance on the topic in the doc's text, a line that dismisses what it names aside."""
    stance = f"{topic}-stance"
    if stance not in ctx.vocabulary:
        return False
    kept, low = ctx.once("topics.kept", lambda: _stated(ctx))
    if not ctx.finds(stance, kept, low):
        # a stance used as a label is one too, as a quality's name is ("## Working offline", "**Failover**")
        return ctx.terms(stance).search(labels(ctx)) is not None
    # a stance said only on a line that sets it aside asks for nothing ("I'd leave security out of scope"); the
    # lines are read one by one only once the whole text holds the stance
    pattern = ctx.terms(stance)
    if _held(ctx, pattern, doc_text_lines(ctx), clean=True):
        return True
    asked = title(ctx)[1].rstrip()
    return asked.endswith("?") and pattern.search(asked) is not None


def _stated(ctx: Context) -> tuple[str, str | None]:
    """The doc's text, dismissed labels aside, and a title that asks a question ("Gift cards: how do we never
    lose a cent?"): a title naming the product ("Cloud cost dashboard") takes no stance. Lowered too."""
    asked = title(ctx)[1].rstrip()
    text = _DISMISSED.sub("", doc_text(ctx)) + ("\n" + asked if asked.endswith("?") else "")
    return text, lower_alike(text)


# A label dismissed after its colon ("- E2E encryption: skipped", "auth: later") takes no stance on what it names.
_DISMISSED = re.compile(
    rf"^[^:\n]{{1,60}}:[ \t]*(?:{LEFT_FOR_LATER})[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _topic_name(topic: str) -> str:
    return topic.removeprefix("nfr-")


def nfr_coverage(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Fewer than min of the non-functional topics are addressed; the message lists the rest."""
    blocks, line = _nfr_blocks(ctx)
    if not any(text.strip() for _, text in text_lines(ctx, blocks)) and not _unasked(ctx):
        return  # nothing written yet, or only prompts: S003 reports those
    topics, wanted = list(options.get("topics", TOPICS)), options.get("min", 3)
    covered = _covered(ctx, topics, wanted, options.get("scaling-path"))
    if len(covered) < wanted:
        missing = [_topic_name(t) for t in topics if t not in covered]
        found = ", ".join(_topic_name(t) for t in covered) or "none"
        args = {"count": len(covered), "min": wanted, "covered": found, "missing": ", ".join(missing)}
        yield Hit(line, args=args, context=",".join(missing))


CHECKS = {
    "nfr_coverage": Check(nfr_coverage, NFR_COVERAGE),
}
