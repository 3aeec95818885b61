"""A transcript pasted inside a fence to keep its time stamps ("```" over "[00:00] Interviewer: ..."): a reader
reads its turns as text, and the drawing indented among them as a drawing. The fences are blanked for the parse
only; the builder reads the lines as written."""

from __future__ import annotations

import re

from designlint.doc.dialogue import speakers_of, turns

# A fence that opens a block, with its info string if any ("```sql"); only a bare one may hold a transcript. A backtick
# fence's info string holds no backtick ("```inline``` code" opens nothing).
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}(?=[^`]*$)|~{3,})(?P<info>.*)$")
MIN_FENCED_TURNS = 4


def unfenced_transcripts(lines: list[str]) -> list[str]:
    """The lines with the fences of a bare fenced block that holds a transcript blanked, for the parse only."""
    if not any(line.lstrip(" ")[:3] in ("```", "~~~") and _FENCE.match(line) for line in lines):
        return lines
    out, index = list(lines), 0
    while index < len(lines):
        opened = _FENCE.match(lines[index])
        if opened is None:
            index += 1
            continue
        close = _closing(lines, index, opened["fence"])
        if close is None:
            break  # an open fence runs to the end of the doc: no later fence opens anything
        # (a block with an info string is skipped whole: its closing fence opens nothing)
        if not opened["info"].strip() and _transcript("\n".join(lines[index + 1 : close])):
            out[index] = out[close] = ""
        index = close + 1
    return out


def _closing(lines: list[str], start: int, fence: str) -> int | None:
    """The line of the fence that closes the block: the same character, at least as many, nothing after it."""
    closes = re.compile(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*")
    return next((k for k in range(start + 1, len(lines)) if closes.fullmatch(lines[k])), None)


def _transcript(text: str) -> bool:
    sides = turns(text, speakers_of(text))
    return len(sides) >= MIN_FENCED_TURNS and len(set(sides)) > 1
