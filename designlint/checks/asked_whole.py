"""Sections that answer a question about the whole system (a part failing, the load growing): D001 passes them
over as failure handling or growth, and counts one back only where its answer goes deep."""

from __future__ import annotations

import re

from designlint.checks.statements import words
from designlint.doc.document import Section

# A follow-up that asks what happens when a part fails or stalls.
_FAILURE_ASK = re.compile(
    r"\b(?:what if|and if|what happens (?:when|if)|if)\b[^?\n]{0,80}\b(?:dies|die|crash\w*|fails?|goes down|is down"
    r"|went down|lags?|falls? over|is unavailable|times? out|never (?:pays|answers|responds|comes back)"
    r"|(?:doesn't|does not|don't|do not) (?:pay|answer|respond|reply|come back))\b",
    re.IGNORECASE,
)


def asks_about_whole(section: Section, beside_a_dive: bool = False) -> bool:
    """The section answers a question about a part failing or the load growing: its title asks it ("What if the
    dispatcher crashes?"), or in a transcript its first turn does ("What if you go to 1,000 depots?"). Beside a
    section named a deep dive, the writer's own Markdown heading that asks it ("## 6. Deep dive: false alerts"
    then "## 7. What if the scheduler dies?") heads a dive of its own, as its peer."""
    if section.title.rstrip().endswith("?") and (section.implicit or not beside_a_dive):
        return _whole_asked(section.title)
    if section.implicit != "prompt":
        return False
    first = next((b for b in section.blocks if b.text.strip()), None)
    return first is not None and _whole_asked(first.text.split("\n", 1)[0])


def deep_answers(candidates: list[Section]) -> int:
    """How many candidates the count passed over as a question about the whole system's failures or growth, though
    the answer runs on at length ("What if the dock never answers?" over three cases, a retry and a reconciliation)
    or lays out ways to meet it ("Options: shard the set by score range ...; or keep exact ranks for the top"): the
    question opened a problem the answer went deep into. Read only to spare a doc it would tell has too few, as a
    short answer ("the map falls back to Postgres") is no dive."""
    return sum(1 for section in candidates if asks_about_whole(section) and _answered_deep(section))


_DEEP_ANSWER = 100  # words: a paragraph of reasons, not the sentence or two that says what takes over
_WEIGHED_ANSWER = 60  # words, where the answer lays out ways to do it ("Options: shard by score range ...; or ...")
_LAYS_OUT = re.compile(r"\b(?:options?|alternatives?|approaches|either)\b|\bvs\.?(?=\s)", re.IGNORECASE)


def _answered_deep(section: Section) -> bool:
    said = _answer_words(section)
    if said >= _DEEP_ANSWER:
        return True
    return said >= _WEIGHED_ANSWER and any(_LAYS_OUT.search(b.text) for b in section.blocks)


def _answer_words(section: Section) -> int:
    """The words under the question: the whole section under a title that asks it, else what follows the turn's
    first line (the answer may share its paragraph: "Q: What if ...?" over "A: ...")."""
    text = "\n".join(b.text for b in section.blocks if b.text.strip())
    if not section.title.rstrip().endswith("?"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return words(text)


def _whole_asked(question: str) -> bool:
    return _FAILURE_ASK.search(question) is not None or _GROWTH_ASK.search(question) is not None


# A follow-up that asks what happens as the load grows: "What if you go from 200 depots to 1,000?",
# "and at 10x?", "how would it scale?".
_GROWTH_ASK = re.compile(
    r"\b(?:what if|and if|and at|what happens (?:when|if|at)|how (?:would|does|do|will|can))\b[^?\n]{0,80}?"
    r"(?:\bfrom [\d,.]+\S* [^?\n]{0,40}\bto [\d,.]+|\b\d+ ?x\b|\bscal(?:e|es|ing)\b|\bgrows?\b|\bdoubles?\b)",
    re.IGNORECASE,
)
