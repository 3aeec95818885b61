"""Drawings of a design in text: boxes and arrows in a code block, and flows written on one line.

The outline (a drawing shows the high-level design) and H005 (the design is drawn) read them alike.
"""

from __future__ import annotations

import re

from designlint.doc.model import Block

# An arrow between two components: "->", "-->", "=>", "→".
_ARROW = re.compile(r"\s*(?:-+>|=+>|[→⟶⇒➔])\s*")
_ARROWS = ("->", "=>", "→", "⟶", "⇒", "➔")  # a text without one of them holds no flow


def is_flow(line: str, arrows: int = 2) -> bool:
    """A chain of components joined by arrows ("Browser -> gateway -> service"): a diagram on one line.

    The components between the ends are short names, so a sentence that happens to hold two
    arrows ("maps a -> b, then we send it -> c later on in the day") is not read as a flow.
    """
    if ";" in line:  # "app -> api -> db; gate -> gate service -> cache": two flows on one line
        return any(is_flow(segment, arrows) for segment in line.split(";"))
    parts = _ARROW.split(line)
    if len(parts) <= arrows or not parts[-1].strip():
        return False
    # A chain of figures ("800M views/day -> ~9.3k QPS -> peak ~28k") is arithmetic, not components.
    if sum(1 for part in parts if _FIGURE.search(part)) * 2 > len(parts):
        return False
    # A note in brackets on a component ("comment svc (validate, rate limit)") is not its name; a
    # sentence's end between two arrows ("nothing visible. majority loss") is no component at all.
    middle = [_NOTE.sub("", part) for part in parts[1:-1]]
    return all(_component(part) for part in middle)


def _component(part: str) -> bool:
    """A step of a flow that can name a component: a few words, no sentence's end, no clause."""
    return 0 < len(part.split()) <= 6 and not _SENTENCE_END.search(part) and not _CLAUSE.match(part)


_FIGURE = re.compile(r"\d")
_NOTE = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?]\s")
# A step that opens with a pronoun is a clause, not a component: "node dies -> its leases expire -> ...".
_CLAUSE = re.compile(r"\s*(?:its|their|his|her|our|we|they|it)\b", re.IGNORECASE)


# Boxes and arrows in a code block: lines with a stroke ("-->", "+---", "|  v", "│", "▶").
_STROKE = re.compile(r"-+>|<-+|=+>|[│┌┐└┘├┤┬┴┼─▶►▼▲→←↓↑⟶⇒➔]|\+-{2,}|\|\s*v\s*$|^\s*v\s*$", re.MULTILINE)
MIN_DRAWN_LINES = 3


def is_drawing(block: Block) -> bool:
    """A drawing of components: a code block in a diagram language or with several lines of strokes,
    or a line of prose that is a one-line flow ("browser -> gateway -> service")."""
    if block.kind != "code":
        prose = block.kind in ("paragraph", "list") and any(arrow in block.text for arrow in _ARROWS)
        return prose and any(map(is_flow, block.text.split("\n")))
    if block.info.split()[:1] in (["mermaid"], ["plantuml"], ["dot"], ["graphviz"], ["d2"]):
        return True
    return sum(1 for line in block.text.split("\n") if _STROKE.search(line)) >= MIN_DRAWN_LINES
