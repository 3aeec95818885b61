"""Scope marked as notes mark it, line by line (R006, read by checks/declines.py): a label over the parts left
out ("OUT -> vanity domains", "excl." over a list), parts marked in or out one by one ("voice/video => no" under
"groups => yes", "click analytics ✗" beside "custom alias ✓"), and parts refused one to a line ("x no DMs" over
"x no edits").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Marked lines this near each other belong to one checklist.
_CHECKLIST_REACH = 3

_YES_SIGNS, _NO_SIGNS = "✓✔✅☑", "✗✘❌☒"
_YES_WORDS = ("yes", "in")  # "sync desktop client - in" over "web preview of docs - OUT"
# A line that is a part and its mark: the mark last, a word after a sign ("read receipts => no (time)",
# "| Telemetry ingest | Yes |") or a sign of its own ("custom alias ✓"), a short note in brackets and a table's
# closing pipe aside. Searched from the line's end, so a long line is read once.
_MARK_END = re.compile(
    r"(?:(?:=>|->|→|:|\||-|—)[ \t]*(?P<word>yes|no|in|out)(?![A-Za-z])|(?P<sign>[✓✔✅☑✗✘❌☒]))"
    r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*\|?[ \t]*$",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[A-Za-z]")


def _mark(line: str) -> str:
    """"yes" or "no" for a part marked in or out, "" for any other line. The part has a letter and no mark or
    question of its own: "guest checkout y/n?" marks nothing yet."""
    found = _MARK_END.search(line)
    if found is None:
        return ""
    part = line[: found.start()].strip(" \t-*+|")
    if not _LETTER.search(part) or "?" in part or any(sign in part for sign in _YES_SIGNS + _NO_SIGNS):
        return ""
    if _MARK_END.search(part):
        return ""  # "| a | yes | no |": two marks on a line are a comparison, not a checklist
    if found.group("sign"):
        return "yes" if found.group("sign") in _YES_SIGNS else "no"
    return "yes" if found.group("word").lower() in _YES_WORDS else "no"


def checklist(lines: list[tuple[int, str]]) -> bool:
    """Parts marked one by one as in and out, at least one of each, on lines with none blank between."""
    last = {"yes": -_CHECKLIST_REACH - 1, "no": -_CHECKLIST_REACH - 1}  # the line each kind was last marked on
    for number, line in lines:
        kind = _mark(line)
        if not kind:
            continue
        last[kind] = number
        if number - last["no" if kind == "yes" else "yes"] <= _CHECKLIST_REACH:
            return True
    return False


# A line that refuses a part: "x no DMs", "- no edit after post"; not a guarantee kept ("no lost messages", "no
# double charges") nor a bound ("no more than", "no single point of failure").
_REFUSAL = re.compile(
    r"^\s*(?:[-*+•]\s+|x\s+|[✗✘❌]\s*)?no\s+(?!(?:double|duplicate|lost|loss|missed|data|downtime|overbook|oversell"
    r"|overspend|stale|single|more|less|need|one|longer|later|sooner|matter)\w*\b)[a-z]",
    re.IGNORECASE,
)


def refusals(lines: list[tuple[int, str]]) -> bool:
    """Parts refused one to a line, two lines or more in a row, as "no A, no B" refuses them on one line: "x no DMs"
    over "x no edits", or marked no ("range scans -> NO" over "multi-key txns -> NO")."""
    refused = [number for number, line in lines if _REFUSAL.match(line) or _mark(line) == "no"]
    return any(later == earlier + 1 for earlier, later in zip(refused, refused[1:], strict=False))


def labelled(label: re.Pattern[str], lines: list[tuple[int, str]], index: int) -> bool:
    """The line is an out label with the parts after it, or alone over the line that lists them."""
    found = label.match(lines[index][1])
    if found is None:
        return False
    return bool(found.group("after")) or (index + 1 < len(lines) and bool(lines[index + 1][1].strip()))


def _inflected(verb: str) -> str:
    """A verb of the scope-decline list in any of its forms: "skip" as skips, skipped, skipping; "exclude" as
    excluding; "punt on" as punted on."""
    first, _, rest = verb.partition(" ")
    if first.endswith("e"):
        forms = rf"{first[:-1]}(?:e|es|ed|ing)"
    else:
        forms = rf"{first}(?:s|ed|{first[-1]}ed|ing|{first[-1]}ing)?"
    return forms + (rf"[ \t]+{rest}" if rest else "")


@lru_cache(maxsize=8)
def out_label(labels: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A line that opens with a label for parts left out: one of the labels (the scope-out-labels list), a verb that
    declines in any form, scope's own or not ("skip ->", "scope cuts:"), or any short label with such a note in
    brackets ("parking lot (not today):"); a note in brackets may follow the label too ("dropped (v2):")."""
    declining = "(?:" + "|".join(_inflected(verb) for verb in verbs if not verb.endswith("ing")) + ")"
    later = (
        r"(?:not[ \t]+(?:today|now|in[ \t]+v1|in[ \t]+scope|this[ \t]+time)|(?:for[ \t]+)?later|out[ \t]+of[ \t]+scope"
        rf"|{declining})"
    )
    named = "(?:" + "|".join(labels) + rf"|(?:scope[ \t]+)?{declining}|[\w/' -]{{1,40}}?[ \t]*\([ \t]*{later}[ \t]*\))"
    # the parts follow a sign and start with a word, or a bracketed list of them ("out: [DRM, recs]"); "out: 200
    # req/s" is a figure, no part; or the label is alone
    after = r"(?P<after>[A-Za-z]|\[[ \t]*[A-Za-z])"
    return re.compile(
        # at the line's start, or opening a sentence after a note ("FRs above r the core. Parking these:")
        rf"^(?:[^\n]{{0,80}}?[.!?][ \t]+)?[ \t]*(?:[-*+•][ \t]+)?(?:for now,?[ \t]+)?{named}"
        # when the parts come back, said after the label: "parked for later", "dropped until v2"
        r"(?:[ \t]+(?:for[ \t]+(?:now|later|today|v\d)|until[ \t]+(?:later|v\d)))?"
        r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*"
        rf"(?:(?::|->|→|=>|—)[ \t]*{after}|:?[ \t]*$)",
        re.IGNORECASE,
    )
