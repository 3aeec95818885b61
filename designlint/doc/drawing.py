"""Drawings of a design in text: boxes and arrows in a code block, and flows written on one line.

The outline (a drawing shows the high-level design) and H005 (the design is drawn) read them with
the one reader here; H005's options may ask for other languages, strokes or line counts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from designlint.doc.model import CODE_SPAN, Block
from designlint.patterns import Searcher

# An arrow between two components: "->", "-->", "=>", "→", or both ways: "⇄", "↔" ("client ⇄ websocket ⇄ server").
_ARROW = re.compile(r"\s*(?:-+>|=+>|[→⟶⇒➔⇄⇆↔⟷])\s*")
_ARROWS = ("->", "=>", "→", "⟶", "⇒", "➔", "⇄", "⇆", "↔", "⟷")  # a text without one of them holds no flow


def is_flow(line: str, arrows: int = 2) -> bool:
    """A chain of components joined by arrows ("Browser -> gateway -> service"): a diagram on one line.

    The components between the ends are short names, so a sentence that happens to hold two
    arrows ("maps a -> b, then we send it -> c later on in the day") is not read as a flow.
    """
    if ";" in line:  # "app -> api -> db; gate -> gate service -> cache": two flows on one line
        return any(is_flow(segment, arrows) for segment in line.split(";"))
    if _STAGES.match(line) or _LIFECYCLE.search(line):
        # "Growth: one instance → partition by city → multi-region" is a path in time, "`status` goes `held →
        # paid → picked_up`" a record's states: neither joins parts
        return False
    # a flow marked as code in a sentence ("Flow: `app -> queue -> worker`, with usage coming in through ...")
    if "`" in line and any(is_flow(span, arrows) for span in CODE_SPAN.findall(line)):
        return True
    # notes that open their lines with arrows use them for "then" and "so" too: a flow there takes one arrow more
    bulleted = _ARROW_BULLET.match(line)
    parts = _ARROW.split(line[bulleted.end() :] if bulleted else line)
    if len(parts) <= arrows + bool(bulleted) or not parts[-1].strip():
        return False
    # A chain of figures ("800M views/day -> ~9.3k QPS -> peak ~28k") is arithmetic, not components; a chain
    # of states ("PENDING → RESERVED → PAID") is a lifecycle.
    if sum(1 for part in parts if _FIGURE.search(_NOTE.sub("", part))) * 2 > len(parts):
        return False
    if sum(1 for step in _steps(parts) if _STATE.fullmatch(step.strip(" .,;:()"))) * 2 > len(parts):
        return False
    # A note in brackets on a component ("comment svc (validate, rate limit)") is not its name; a
    # sentence's end between two arrows ("nothing visible. majority loss") is no component at all.
    # A step that is only a note ("-> (write like record) ->") tells what happens along the way.
    middle = [_NOTE.sub("", part) for part in parts[1:-1] if not _NOTE.fullmatch(part.strip())]
    return all(_component(part) for part in middle) and _opens(parts[0])


# A line labelled as the design's growth or its stages in time: what follows the label is a sequence of versions.
_STAGES = re.compile(
    r"^\s*(?:[-*+•]\s*)?(?:\*\*|__)?(?:growth|growing|scaling|scale|evolution|roadmap|phases?|stages?|migration"
    r"|later|future)(?: path| plan)?(?:\*\*|__)?\s*:",
    re.IGNORECASE,
)
# An arrow as a bullet ("-> client -> cdn -> api gw"), which notes typed as arrows open their lines with.
_ARROW_BULLET = re.compile(r"^\s*(?:-+>|=>|[→⟶⇒➔])\s+(?=\S)")


def _steps(parts: list[str]) -> list[str]:
    """What each arrow joins: the word on either side of it at the ends, the whole part between ("the order goes
    OPEN -> PAID -> DONE (or FAILED). Then ..." joins OPEN, PAID and DONE)."""
    first = (parts[0].split() or [""])[-1]
    last = (_NOTE.sub("", parts[-1]).split() or [""])[0]
    return [first, *parts[1:-1], last]


# What may come before a flow's first component on its line: a list marker or a short label ("flow:").
_LEAD = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])?\s*(?:(?:\*\*|__)?[A-Za-z][\w /-]{0,20}(?:\*\*|__)?:\s+)?")


def _opens(first: str) -> bool:
    """The flow opens its line: after a list marker or a short label, its first component, not the end of a
    sentence that runs into it ("... a scan is decided locally: signature ok -> ...") nor a note in
    brackets ("locale fallback (pt-BR -> pt -> en)")."""
    lead = _LEAD.match(first)
    # a note on the first component ("exch feed (A+B lines) -> ..."); a bracket left open holds the flow
    name = _NOTE.sub("", first[lead.end() :] if lead else first)
    if "(" not in name and _component(name) and _short(name):
        return True
    # a sentence that says a flow follows: "The flow is POS -> hub -> screens"
    found = _INTRODUCED.search(first)
    return found is not None and _component(found.group(1)) and _short(found.group(1))


def _short(name: str) -> bool:
    """A first component of a few words, each of those side by side counted alone ("owner app / farm web /
    driver app -> API"): a sentence running into the flow is longer."""
    return all(len(side.split()) <= MAX_FIRST_WORDS for side in _SIDES.split(name))


_SIDES = re.compile(r"\s+[/+&|]\s+")


MAX_FIRST_WORDS = 4
# ... or that one was drawn, as a retro recalls the board: "Drew client -> API servers -> S3", "I drew: app -> ...",
# "drew boxes: POS -> gateway -> ...", "I drew (on their board) client -> gateway -> ...", or that it stands for
# the drawing ("no diagram, sorry, it is simple: scheduler -> postgres -> queue -> workers")
_INTRODUCED = re.compile(
    r"\b(?:(?:flow|path|pipeline|chain|route)s?\s*(?:is|goes|looks like|:)"
    r"|\b(?:diagram|drawing)\b[^.:;()]{0,40}(?::|\()"  # "TODO diagram (gates <-> resort server <-> cloud)"
    r"|(?:drew|sketched)\b(?:\s*\([^()\n]{0,40}\))?(?:\s+(?:the\s+|a\s+|some\s+)?(?:boxes|diagram|architecture|design)\s*(?=:))?)"
    r"\s*:?\s*(?:roughly\s*:?\s*)?([^.;:]+)$",
    re.I,
)


def _component(part: str) -> bool:
    """A step of a flow that can name a component: a few words, no sentence's end, no clause. Components
    side by side count one by one ("event svc / booking svc / payment svc", "Postgres + Redis")."""
    words = [word for word in part.split() if word not in _SIDE_BY_SIDE]
    return 0 < len(words) <= _SIDE_WORDS * (len(part.split()) - len(words) + 1) and _no_clause(part)


def _no_clause(part: str) -> bool:
    return not _SENTENCE_END.search(part) and not _CLAUSE.match(part) and not _ACTION.match(part)


# A step of a journey or an algorithm, a verb then its object or condition, where a component gives its name:
# "gets a signed token", "check if the code exists", "write the comment".
_ACTION = re.compile(r"^\s*[a-z]+\s+(?:a|an|the|if)\b", re.IGNORECASE)


_SIDE_BY_SIDE = frozenset({"/", "+", "&", "|"})
_SIDE_WORDS = 6


# a figure, not a name with a digit in it ("L4 LB", "S3") nor one in a note ("resolver (ISP / 8.8.8.8)")
_FIGURE = re.compile(r"(?<![A-Za-z])\d")
# a record's status or state said to move along the arrows: "`status` goes ...", "order state: created -> paid"
_LIFECYCLE = re.compile(r"\b(?:status|state|lifecycle)\b[`'\"]?\s*(?:goes|moves|changes|transitions|flows|:|=)", re.I)
_STATE = re.compile(r"[A-Z][A-Z_]{2,}(?:\s*/\s*[A-Z][A-Z_]{2,})*")
_NOTE = re.compile(r"\([^()]*\)")
# a sentence's end, or a clause joined on ("same code (free dedup), but collisions"): no component's name
_SENTENCE_END = re.compile(r"[.!?]\s|,\s*(?:but|so|and then|which)\b")
# A step that opens with a pronoun is a clause, not a component: "node dies -> its leases expire -> ...";
# "our authoritative NS" names one of ours.
_CLAUSE = re.compile(r"\s*(?:its|their|his|her|we|they|it)\b", re.IGNORECASE)


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
# ack (timeout) ->", "publisher 5xx / slow → exp backoff"). A drawing reads such a line as cause and effect, not
# parts joined; D001 reads a list of them as a catalogue of failure modes (checks/tours.py).
FAILURE_CASE = (
    r"(?:\*\*)?[\w/ .'-]{1,40}?(?:\([^()\n]{0,30}\)\s*)?\b(?:dies|died|crash(?:es|ed)?|fails?|failed|is down|goes down"
    r"|down|5xx|times? out|timed out|timeout|unreachable|offline|no ack|lost|slow|blocks? us|partitioned|full|lags?)\b"
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
_ENDPOINT_OR_CALL = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s|\w+\("
_WORKED_OUT = r".*[=≈]\s*[~≈]?\s*\d"
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
    if not rules.stroke.search(block.text):
        return False  # no stroke at all: neither a flow nor a drawing
    if any(is_flow(line) for line in body if not _CAUSES.match(line)):
        return True
    drawn = [line for line in body if not _CAUSES.match(line) and not _NOT_DRAWN.match(line)]
    if sum(1 for line in drawn if sum(1 for _ in rules.stroke.finditer(line)) >= strokes) >= need:
        return True
    # boxes joined by lines of connectors alone ("      |", "  +----+----+", "   v"), which prose never holds
    joins = sum(1 for line in drawn if _JOINS.match(line))
    stroked = sum(1 for line in drawn if rules.stroke.search(line) or _JOINS.match(line))
    return strokes > 1 and joins >= _MIN_JOINS and stroked >= need


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
    if block.kind not in ("list", "paragraph") or not any(arrow in block.text for arrow in _ARROWS):
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
    lead = _NOTE.sub("", found.group(1)).strip()
    reached = _ARROW.split(_NOTE.sub("", line[found.end() - 1 :]))[0].split()
    valued = sum(1 for word in reached if _FIGURE.search(word)) * 2 >= len(reached)
    return 0 < len(lead.split()) <= _HOP_WORDS and not _FIGURE.search(lead) and not valued and _no_clause(lead)


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


_JOINS = re.compile(r"^\s*(?=[^\s]*[|+\\/│┼┴┬])[|+\\/v│┼┴┬─-]+(?:\s+[|+\\/v│┼┴┬─-]+)*\s*$")
_MIN_JOINS = 2
