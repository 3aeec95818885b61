"""The lines of a doc that name a quality (a term list), each with what runs on below it where the line leaves off:
the answer to a question that names it, or the unit a hard wrap split from its figure. R003 and R004 read the
figures said of a quality there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designlint.checks.textutil import doc_low, doc_text, doc_text_lines
from designlint.doc.context import Context
from designlint.doc.dialogue import answered_as


def lines_naming(ctx: Context, name: str) -> list[str]:
    """Each line of the doc's text that names the quality, found in one pass over the text (once per
    document and list: R003, R004 and the prose reading of the requirements ask alike)."""
    return ctx.once(("qualities.lines_naming", name), lambda: [*_naming(ctx, name), *_ranged(ctx, name)])


def _ranged(ctx: Context, name: str) -> Iterator[str]:
    """The lines that name the quality only once each range reads as its upper end, so read: "p99 under 200-300 ms"
    names latency by its bound as "p99 under 300 ms" does."""
    pattern = ctx.terms(name)
    ranged = ctx.once(
        "named_lines.ranged",
        lambda: [(line, upper_ends(line)) for _, line in doc_text_lines(ctx) if _RANGE.search(line)],
    )
    return (upper for line, upper in ranged if pattern.search(upper) and not pattern.search(line))


def _naming(ctx: Context, name: str) -> Iterator[str]:
    text, end, index = doc_text(ctx), -1, 0
    lines = doc_text_lines(ctx)  # doc_text is these lines joined: the n-th line break ends lines[n]
    low, lowered = doc_low(ctx), ctx.lowered(name)
    # The lowered text has the same length and line breaks: its spans are text's spans.
    found_in = lowered.finditer(low) if lowered and low is not None else ctx.terms(name).finditer(text)
    for found in found_in:
        if found.start() > end:
            start = text.rfind("\n", 0, found.start()) + 1
            index += text.count("\n", max(end, 0), start)
            end = text.find("\n", found.end())
            end = len(text) if end < 0 else end
            yield text[start:end] + (_answer(lines, index) or _unit_below(text, end))


def _answer(lines: list[tuple[int, str]], index: int) -> str:
    """The turn after a question that names the quality ("What's the latency target?" over "Me: p95 under, I'd say,
    30 seconds"): an interview gives the figure in the answer."""
    return " " + lines[index + 1][1] if answered_as(lines, index, bool) else ""


# A figure hard-wrapped from its unit: "acknowledge a bid within about 300" over "milliseconds at the 99th ...".
_ENDS_ON_FIGURE = re.compile(r"\d[ \t]*$")
_FIRST_WORD = re.compile(r"[ \t]*([A-Za-z%]+)")


def _unit_below(text: str, end: int) -> str:
    """The first word of the next line, where the line ends on a figure (its unit, if the wrap split them)."""
    if end >= len(text) or not _ENDS_ON_FIGURE.search(text, max(0, end - 3), end):
        return ""
    below = _FIRST_WORD.match(text, end + 1)
    return " " + below.group(1) if below else ""


# "1-2 seconds", "100–200 ms", "3 to 5 s", "99.9-99.99%": two figures of one unit, the unit written once.
_RANGE = re.compile(
    r"(?<![\d.,])\d+(?:\.\d+)?\s?(?:-|–|—|to)\s?(\d+(?:\.\d+)?)(?=\s?(?:ms|msecs?|milliseconds?|s|secs?|seconds?"
    r"|minutes?|mins?|%)(?![\w]))",
    re.IGNORECASE,
)


def upper_ends(line: str) -> str:
    """The line with each range of figures written as its upper end: "within ~1-2 seconds" is "within ~2 seconds"."""
    return _RANGE.sub(r"\1", line) if "-" in line or "–" in line or "—" in line or " to " in line else line
