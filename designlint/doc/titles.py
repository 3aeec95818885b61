"""Which step or part of the framework a heading names: the outline's reading of one title."""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue, Entry
from designlint.doc.headings import (
    asked_entry,
    headed_entry,
    imperative_entry,
    named_entry,
    normalize_title,
    topic_entry,
    without_hindsight,
    without_note,
)


def match_heading(title: str, catalogue: Catalogue, asking: bool = False) -> Entry | None:
    """The step or part a heading names.

    Each entry scores the characters its synonyms match, so "Capacity estimation and
    constraints" (capacity + estimation) is an estimation, not a requirement; a part
    beats a step on a tie because it says more. A question ("Does the feature change
    defaults?") names no step, unless a dive is named before it ("Deep dive: where does history
    live?") or the doc heads its sections with questions (asking):
    there "How big is it?" asks for the estimation, read with the catalogue's prompts.
    """
    text = normalize_title(title)
    if text.endswith("?") and not asking:
        # "Deep dive: where do we store history?" names its step first; "How fast is fast?" asks for targets
        return _dive_topic(text, catalogue) or _quality_asked(text, catalogue) or _name_asked(text, catalogue)
    if text.endswith("?"):  # "What are the non-functional requirements?" names them too
        return asked_entry(text, catalogue) or match_heading(text.rstrip("?"), catalogue)
    if asked := imperative_entry(text, catalogue):
        return asked
    if _one_side_named(text, catalogue):
        return _dive_topic(text, catalogue)
    best = named_entry(text, catalogue)
    if best is None and (bare := without_note(text)) and bare != text:
        best = named_entry(bare, catalogue)  # "reqs (agreed w/ Dan)": the note in brackets aside
    if best is None and (named := without_hindsight(text)) != text:
        best = named_entry(named, catalogue)  # a retro's "The design I should have given"
    if best is not None:
        return best.entry
    return headed_entry(without_note(text) or text, catalogue) or _dive_topic(text, catalogue)


# A title setting two options side by side ("Push vs pull", "SQL versus a log").
VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)


def _one_side_named(text: str, catalogue: Catalogue) -> bool:
    """A title weighing two things of which only one is a step's or part's name ("Quality vs wait time"):
    the title of a trade-off's dive, not of the step that word names."""
    sides = VERSUS.split(text)
    return len(sides) > 1 and not all(named_entry(side, catalogue) for side in sides)


def _name_asked(text: str, catalogue: Catalogue) -> Entry | None:
    """A question that is nothing but a step's or part's name ("Non-functional requirements?", "NFRs?",
    "Data model?"), as a prep sheet or a chat asks for the next part: it names that part."""
    words = text.rstrip("?").strip()
    best = named_entry(words, catalogue)
    return best.entry if best is not None and best.length >= len(words) else None


def _quality_asked(text: str, catalogue: Catalogue) -> Entry | None:
    """A question heading that asks how good the system must be ("How fast is 'fast'?", "How reliable?"),
    what it is ("What are we building?") or what it leaves out ("Anything you'd skip?")."""
    entry = asked_entry(text, catalogue)
    return entry if entry is not None and entry.id in _ASKED_ANYWHERE else None


# What a question heading names in any doc; other questions name a step only where all headings ask.
_ASKED_ANYWHERE = frozenset({"non-functional", "requirements", "functional", "scope-exclusions"})


def _dive_topic(text: str, catalogue: Catalogue) -> Entry | None:
    """A dive named before its topic ("Detail: patient replies"); "System design: a feed" titles a doc."""
    topic = topic_entry(text, catalogue)
    return topic if topic is not None and topic.id == "deep-dive" else None
