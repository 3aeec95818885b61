"""Ways weighed in the words cheat sheets and blog posts use, with no trade-off word (D002, D004 and D001
through options.chosen_option): two ways named, as line or sentence labels ("OT: ...", "CRDT: ...") or side by
side in a sentence ("SSE or WebSockets?", "X vs Y"), what one costs, and a verdict ("-> OT is fine", "SSE it
is"); or a pair joined by "vs" and one side taken after an arrow with its reason.
"""

from __future__ import annotations

import re

from designlint.doc.dialogue import is_turn

# Words too common to name a way on their own.
COMMON_WORDS = frozenset(
    {"use", "the", "one", "two", "all", "any", "per", "just", "only", "keep", "store", "write", "read", "send"}
)


# A line (or a sentence) led by the name of a way, however short or symbolic the name: "OT: needs a central server",
# "UUIDv4 -> no coordination | 128 bit", "by chat_id -> 1 write per msg, but ...", "hash(url)[:7] -> ...".
_WAY_LINE = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([A-Za-z0-9][\w+()\[\]:./-]*(?: [\w+()\[\]./-]+){0,3}?)(?:\*\*)?"
    r"[ \t]*(?::|->|→|=(?!=))[ \t]+\S",
    re.MULTILINE,
)
# Two ways set side by side in a sentence: "SQS vs self-hosted RabbitMQ", "SSE or WebSockets?", "we can do 3
# replicas or erasure coding", "instead of", "rather than".
_PAIRED = re.compile(
    r"\b(?:vs\.?|versus|instead of|rather than|compared (?:to|with)|the alternative|alternatively)\b"
    # a short question that is only the two ways: "SSE or WebSockets?" (not "does it react if X and/or Y is down?")
    r"|(?:(?m:^)|(?<=[.!:] ))[^.?!\n/]{1,40}\bor\b[^.?!\n/]{1,40}\?"
    r"|\b(?:can|could)\b[^.\n]{0,20}\b(?:do|use|go with|pick|choose|have|keep|run)\b[^.?!\n]{1,60}\bor\b",
    re.IGNORECASE,
)
# What a way costs, in the words or marks of a comparison: "but", "whereas", "at the cost of", "pros | cons".
_COSTS = re.compile(
    r"\b(?:but|however|though|although|whereas|downside|drawback|weak spot|at the (?:cost|price|expense) of"
    r"|(?:we|you) lose)\b|\S[ \t]+\|[ \t]+\S",
    re.IGNORECASE,
)
# A verdict in the words notes use besides a decision's: "SSE it is", "so we use cursors", "we stay with X",
# "=> snowflake", "-> OT is fine", "goin with per chat seq".
_VERDICT = re.compile(
    r"\b(?:so (?:we|I)(?:'ll| will)? (?:use|go|pick|take|keep|stay|stick)"
    r"|(?:we|I)(?:'ll| will)? (?:stay|stick)(?: with)?|\w+ it is|chosen[ \t]*:|goin[g']? w(?:ith|/)"
    r"|is (?:fine|enough|good enough|the (?:winner|pick|way to go)))\b"
    r"|(?:=>|⇒)[ \t]*\w",
    re.IGNORECASE,
)


def weighs_ways(text: str, facets: re.Pattern[str], choices: list[str]) -> bool:
    """Ways weighed with no trade-off word: two ways named (as line labels, or set side by side in a sentence),
    what one costs, and a verdict. Ways named by labels must be picked by a word only one of them holds; a
    verdict is read with its whole sentence ("-> OT is fine"), and a sentence that holds one names no way."""
    if "vs" in text.lower() and any(_picks_a_side(found) for found in _PAIR_PICKED.finditer(text)):
        return True
    spans = [_sentence_at(text, found.start()) for found in _VERDICT.finditer(text)]
    if not (choices or spans) or not _COSTS.search(text):
        return False
    if _PAIRED.search(text):
        return True
    labels = {
        m.group(1).lower()
        for m in _WAY_LINE.finditer(text)
        if not _facet(m.group(1), facets) and not any(start <= m.start(1) < end for start, end in spans)
    }
    if len(labels) < 2:
        return False
    words = [set(_LABEL_WORD.findall(label)) for label in labels]
    own = set().union(*words) - set.intersection(*words) - COMMON_WORDS
    verdicts = choices + [text[start:end] for start, end in spans]
    return any(not own.isdisjoint(_LABEL_WORD.findall(verdict.lower())) for verdict in verdicts)


# Two ways set side by side and one of them taken after an arrow, with its reason: "S3 multipart vs tus ->
# multipart, no extra server".
_PAIR_PICKED = re.compile(
    r"([\w./+-]+(?: [\w./+-]+){0,3}) +(?:vs\.?|versus) +([\w./+-]+(?: [\w./+-]+){0,3}?)"
    r" *(?:->|→|=>) *([\w./+-]+)[,:;(]? +\w",
    re.IGNORECASE,
)


def _picks_a_side(found: re.Match[str]) -> bool:
    picked = found.group(3).lower()
    return picked in found.group(1).lower().split() or picked in found.group(2).lower().split()


# A word of a way's label, two letters being enough for a name ("OT", "S3").
_LABEL_WORD = re.compile(r"[a-z0-9][\w+-]+")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    """Where the sentence (or the line, in notes) holding position at starts and ends."""
    starts = [found.end() for found in _SENTENCE_STOP.finditer(text, 0, at)]
    stop = _SENTENCE_STOP.search(text, at)
    return (starts[-1] if starts else 0), (stop.start() if stop else len(text))


def _facet(label: str, facets: re.Pattern[str]) -> bool:
    return is_turn(label + ":") or facets.fullmatch(label.lower()) is not None
