"""Drawings of a design in text: boxes and arrows in a code block, and flows written on one line (flows.py).

The outline (a drawing shows the high-level design) and H005 (the design is drawn) read them with
the one reader here; H005's options may ask for other languages, strokes or line counts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from designlint.doc.flows import ARROW, ARROW_BULLET, ARROWS, FIGURE, NOTE, is_flow, names_part, no_clause
from designlint.doc.model import Block
from designlint.patterns import Searcher

# Boxes and arrows: lines with a stroke ("-->", "+---", "|  v", "│", "▶").
# A line of connectors alone ("      |", "   |        \\", "   |   ^" with a head) joins the boxes above and below it.
_STROKE = re.compile(
    # a line meeting a box's corner from either side: "+-->", "[earn api] ---+"
    r"-+>|<-+|=+>|[│┌┐└┘├┤┬┴┼─▶►▼▲→←↓↑⟶⇒➔⇄⇆↔⟷]|\+-{2,}|-{2,}\+|\|\s*v\s*$|^\s*v\s*$|^\s*[|\\/^v](?:\s+[|\\/^v])*\s*$"
    # plain dashes bent by a slash or leaving a fork: "phone ---\\", "tablet -----/", ">--- web app"
    r"|-{2,}[\\/]|[\\/]-{2,}|>-{2,}",
    re.MULTILINE,
)
# Code blocks a drawing may be in: none named, or plain text; a language's code is a program or a payload.
_DRAWING_INFO = frozenset({"", "text", "txt", "ascii", "plain", "plaintext", "none", "diagram", "art"})
# A point for or against ("+ PoP down → route withdrawn → traffic moves"), a rule ("if X -> Y"): causes.
# One failure case: a part, how it fails, an arrow and what happens then ("instance crashes -> stops heartbeating ->
# removed", "worker crashes / network partition -> heartbeats stop", "provider (APNs/FCM) down ->", "send with no
# ack (timeout) ->", "publisher 5xx / slow → exp backoff"), the verb's -ing form too ("poison job crashing worker ->
# lease expires -> ..."). A drawing reads such a line as cause and effect, not parts joined; D001 reads a list of
# them as a catalogue of failure modes (checks/tours.py).
FAILURE_CASE = (
    r"(?:\*\*)?[\w/ .'-]{1,40}?(?:\([^()\n]{0,30}\)\s*)?\b(?:dies|died|dying|crash(?:es|ed|ing)?|fails?|failed|failing"
    r"|is down|goes down|down|5xx|times? out|timed out|timeout|unreachable|offline|no ack|lost|slow|blocks? us"
    r"|partitioned|full|lags?)\b"
    r"[^→>\n]{0,40}?(?:->|→|=>)"
)
_FAILURE_CASE = re.compile(FAILURE_CASE, re.IGNORECASE)
_CAUSES = re.compile(rf"^\s*(?:[-*+]\s+)?(?:[+−]\s|(?:if|when)\b|{FAILURE_CASE})", re.IGNORECASE)


def failure_case(line: str) -> bool:
    """The line tells one failure case (see FAILURE_CASE)."""
    return _FAILURE_CASE.match(line) is not None
# Endpoints ("POST /jobs {...} -> {id}"), labels and timelines ("client A: acquire -> token 33") hold arrows too.
# An endpoint or a call opening the line ("POST /jobs {...} -> {id}", "reserve(seat) -> hold"), and a step of a
# calculation with its result after "=" ("avg game ~10 min -> concurrent = 116 * 600s ~ 70k"): the parts of
# _NOT_DRAWN that _NOT_A_HOP shares.
_METHOD = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD)"
_ENDPOINT_OR_CALL = rf"{_METHOD}\s|\w+\("
_WORKED_OUT = r".*[=≈]\s*[~≈]?\s*\d"
# An endpoint, its reply in braces and what follows ("POST /queue/{id}/redeem  token -> {pass} -> redirect to shop"):
# one operation's input and outputs, no components joined ("GET /feed: app -> gateway -> feed svc" is a path).
_ENDPOINT = re.compile(rf"^\s*(?:[-*+]\s+)?`?{_METHOD}\s+`?/[^>→\n]*(?:->|→)\s*\{{")
_NOT_DRAWN = re.compile(
    rf"^\s*(?:[-*+]\s+)?(?:{_ENDPOINT_OR_CALL}|[\w ]{{1,24}}:\s)"
    # a message and its payload ("client -> server {"t": "fill"}", "client → server {type: "op", ...}"), an
    # answer's status ("-> 201 {...}"), a reply on a line of its own ("   -> {hold_id, expires_at}")
    r"|.*(?:->|→)\s*(?:[\w ]{1,20}\s+)?[{\[]\s*(?:[\"']|\w+\s*:)|.*(?:->|→)\s*[1-5]\d\d\b|\s*(?:->|→)\s*[{\[]"
    rf"|{_WORKED_OUT}"
)


@dataclass(frozen=True, slots=True)
class DrawingRules:
    """What makes a block a drawing: H005 reads its options into one, the outline uses the defaults."""

    languages: frozenset[str] = frozenset({"mermaid", "plantuml", "puml", "dot", "graphviz", "d2"})
    stroke: Searcher = _STROKE
    min_code_lines: int = 2  # lines of strokes in a code block
    min_prose_lines: int = 3  # lines of two strokes or more outside one, where a lone arrow means other things


DEFAULT_RULES = DrawingRules()


def is_drawing(block: Block, rules: DrawingRules = DEFAULT_RULES) -> bool:
    """A diagram language, a one-line flow of components ("browser -> gateway -> service"), or several
    lines of boxes and arrows."""
    if block.kind == "code":
        language = block.info.split()[0].lower() if block.info else ""
        if language in rules.languages:
            return True
        if language not in _DRAWING_INFO:
            return False
        body, need, strokes = _code_body(block.text), rules.min_code_lines, 1
    elif block.kind in ("list", "paragraph"):
        body, need, strokes = block.text.split("\n"), rules.min_prose_lines, 2
        if block.kind == "paragraph":
            body = [*body, *_unwrapped(body)]
    else:
        return False
    if not rules.stroke.search(block.text) or _procedure(body):
        return False  # no stroke at all: neither a flow nor a drawing
    # a flow typed in prose names a part ("app -> api -> db"); one that names none tells events in turn
    flows = (line for line in body if not _CAUSES.match(line) and not _ENDPOINT.match(line) and is_flow(line))
    if any(block.kind == "code" or names_part(line) for line in flows):
        return True
    drawn = [line for line in body if not _CAUSES.match(line) and not _NOT_DRAWN.match(line)]
    if sum(1 for line in drawn if sum(1 for _ in rules.stroke.finditer(line)) >= strokes) >= need:
        return True
    if block.kind == "paragraph" and sum(1 for line in drawn if _wire_under(line) or _BOXED.match(line)) >= _MIN_WIRES:
        return True
    # boxes joined by lines of connectors alone ("      |", "  +----+----+", "   v"), which prose never holds
    joins = sum(1 for line in drawn if _JOINS.match(line))
    stroked = sum(1 for line in drawn if rules.stroke.search(line) or _JOINS.match(line))
    return strokes > 1 and joins >= _MIN_JOINS and stroked >= need


_STEP_WORDS = 5  # a step of a procedure is a clause ("-> system proposes first 3 fitting applicants")


def _procedure(body: list[str]) -> bool:
    """Every arrow opens its line (ARROW_BULLET, with no arrow after it) and most steps after them are clauses:
    people's steps one after another, where a drawn flow names components ("-> order svc")."""
    arrowed = [line for line in body if any(arrow in line for arrow in ARROWS)]
    led = [(line, found) for line in arrowed if (found := ARROW_BULLET.match(line))]
    steps = [line[found.end() :] for line, found in led if not any(arrow in line[found.end() :] for arrow in ARROWS)]
    long = sum(1 for step in steps if len(step.split()) >= _STEP_WORDS)
    return len(steps) >= 2 and len(steps) == len(arrowed) and long * 2 > len(steps)


# A line of a drawing typed without a code block opens with a pipe or a box, or holds a wire: "      |  https + ws",
# "[api svc] --+".
_DRAWN = re.compile(r"^\s*[|+\[/\\]|--+>|<--+|--+\+|\+--+")


def drawn_line(line: str) -> bool:
    """Mostly not letters, with a pipe, a box or a wire: one line of a drawing, not a sentence (alone.py asks it of
    the line under a short one, which then names a box rather than a section)."""
    letters = sum(c.isalpha() for c in line)
    return _DRAWN.search(line) is not None and letters * 3 < len(line.strip()) * 2


def is_flow_lines(block: Block, need: int = 3) -> bool:
    """Notes that draw the design as lines of arrows, one hop or a few a line, each led by the component that
    acts ("scheduler polls due slices -> puts jobs on a queue", "expander workers: resolve the audience -> send
    queue"): need such lines or more in one block. H005 reads them only under the high-level design, where an
    arrow joins parts; elsewhere it says what follows what."""
    if block.kind not in ("list", "paragraph") or not any(arrow in block.text for arrow in ARROWS):
        return False
    return sum(1 for line in block.text.split("\n") if _hop(line)) >= need


# What leads a line of notes before its first arrow: a list marker, a short label ("expander workers:"), and the
# component that acts, a few words with no figure ("scheduler polls due slices").
_HOP_LEAD = re.compile(r"^\s*(?:[-*+•]\s+)?(?:[A-Za-z][\w /-]{0,24}:\s+)?([^:\n]*?)\s*(?:-+>|=+>|[→⟶⇒➔])\s*\S")
_HOP_WORDS = 5


def _hop(line: str) -> bool:
    """A line of notes that draws a hop: an endpoint and its answer ("`POST /holds` -> hold_id"), a mapping to
    values ("apple -> documents 1 and 7") and a cause and its effect are no hops."""
    found = _HOP_LEAD.match(line)
    if found is None or _CAUSES.match(line) or _NOT_A_HOP.match(line.replace("`", "")):
        return False
    lead = NOTE.sub("", found.group(1)).strip()
    reached = ARROW.split(NOTE.sub("", line[found.end() - 1 :]))[0].split()
    valued = sum(1 for word in reached if FIGURE.search(word)) * 2 >= len(reached)
    return 0 < len(lead.split()) <= _HOP_WORDS and not FIGURE.search(lead) and not valued and no_clause(lead)


_NOT_A_HOP = re.compile(rf"^\s*(?:[-*+]\s+)?(?:{_ENDPOINT_OR_CALL})|{_WORKED_OUT}")


# A flow hard-wrapped in a paragraph: a line that opens or ends on an arrow goes on from the other.
_OPENS_ON_ARROW = re.compile(r"^\s*(?:-+>|=+>|[→⟶⇒➔])")
_ENDS_ON_ARROW = re.compile(r"(?:-+>|=+>|[→⟶⇒➔])\s*$")


def _unwrapped(lines: list[str]) -> list[str]:
    """The pairs of a paragraph's lines joined where a flow was wrapped between them ("... → bed-state
    service → Postgres" over "→ board web app"); nothing where no line was."""
    return [
        f"{line.rstrip()} {below.strip()}"
        for line, below in itertools.pairwise(lines)
        if _OPENS_ON_ARROW.match(below) or _ENDS_ON_ARROW.search(line)
    ]


def _code_body(text: str) -> list[str]:
    """A code block's lines without its fences (an indented block has none)."""
    lines = text.split("\n")
    fenced = bool(lines) and lines[0].lstrip().startswith(("```", "~~~"))
    return lines[1:-1] if fenced else lines


# A drawing typed as a paragraph, its wires set far in under the box they leave ("        +-- scheduler"): prose
# wraps at the margin, a nested list opens on "- ".
_WIRE_INDENT = 8
_MIN_WIRES = 3


# ... or its boxes in brackets opening their lines, a wire leaving each: "  [clerk tablet]----\", "[client] <==ws==>
# [collab server]" (a link's reference "[1]: https://..." has no wire).
_BOXED = re.compile(r"^\s*\[(?![\d:.\s]+\])[^\]\n]{1,40}\]\s*(?:[-=<>+|]{2,}|[-=]+\s*[+|\\/])")  # "[00:05] ->" is a log


def _wire_under(line: str) -> bool:
    return len(line) - len(line.lstrip(" ")) >= _WIRE_INDENT and _DRAWN.match(line) is not None
_JOINS = re.compile(r"^\s*(?=[^\s]*[|+\\/│┼┴┬])[|+\\/v│┼┴┬─-]+(?:\s+[|+\\/v│┼┴┬─-]+)*\s*$")
_MIN_JOINS = 2
