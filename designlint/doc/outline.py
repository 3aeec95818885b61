"""Step recognition: which sections of a document hold which step and part of the framework."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from designlint.catalogue import Catalogue, Entry
from designlint.doc.cues import content_lines, content_matches
from designlint.doc.dialogue import from_interviewer
from designlint.doc.document import Block, Document, Section
from designlint.doc.headings import normalize_title, numbered_part, winds_up, without_note
from designlint.doc.implicit import LABEL_KINDS
from designlint.doc.opening_list import opening_list
from designlint.doc.prompts import ordered
from designlint.doc.redone import claim_redone
from designlint.doc.spans import LineSpans
from designlint.doc.thread_asks import claim_answers, leads
from designlint.doc.titles import VERSUS, match_heading

__all__ = ["Outline", "build_outline", "is_heading", "match_heading", "normalize_title", "without_note"]


@dataclass(slots=True)
class Outline:
    """Where each step and part of the framework was found in one document.

    steps maps a step id to its top-most sections; parts maps a part id to every
    section holding it; step_at maps a section's heading line to its step.
    """

    steps: dict[str, list[Section]] = field(default_factory=dict)
    parts: dict[str, list[Section]] = field(default_factory=dict)
    step_at: dict[int, str] = field(default_factory=dict)
    by_content: set[int] = field(default_factory=set)
    # Sections whose step holds only their own blocks, not the sections below them: the lines above
    # every heading, or under the title, taken for the requirements by their content.
    own_only: set[int] = field(default_factory=set)
    parts_by_content: set[tuple[str, int]] = field(default_factory=set)
    parent_of: dict[str, str] = field(default_factory=dict)
    redone: list[Section] = field(default_factory=list)  # a retro's design redone under a look-back title
    spans: dict[tuple[tuple[str, ...], tuple[str, ...]], LineSpans] = field(default_factory=dict)  # for holds

    def has(self, entry_id: str) -> bool:
        return bool(self.steps.get(entry_id) or self.parts.get(entry_id))

    def titled_parts(self, part_id: str) -> list[Section]:
        """The part's sections its title names, not those only its content suggested."""
        return [s for s in self.parts.get(part_id, []) if (part_id, s.line) not in self.parts_by_content]

    def first_line(self, step_id: str, headings_only: bool = False) -> int | None:
        """Where the step starts: its first section, or the first of its parts.

        headings_only leaves out what only the body suggested, for judgements (such as
        step order) that should rest on what the author named; in a transcript the interviewer's
        questions name the steps and set their order ("Why would you pick X?" during the numbers).
        """
        lines = [s.line for s in self.steps.get(step_id, []) if not (headings_only and self._suggested(s))]
        for part, sections in self.parts.items():
            if self.parent_of.get(part) != step_id:
                continue
            lines += [s.line for s in sections if not (headings_only and (part, s.line) in self.parts_by_content)]
        return min(lines) if lines else None

    def _suggested(self, section: Section) -> bool:
        return section.line in self.by_content or section.implicit == "prompt"

    def step_sections(self, step_id: str) -> list[Section]:
        return self.steps.get(step_id, [])

    def holds(self, line: int, steps: tuple[str, ...] = (), parts: tuple[str, ...] = ()) -> bool:
        """The line lies in a section of one of the steps or parts (the design's "high-level" and "deep-dive", an
        "api" part): one answer for every check that asks where a line sits."""
        # Checks ask this of every section, so each (steps, parts) pair is merged into sorted spans once: a
        # scan of the sections on each call was quadratic in a doc of many short steps.
        if (steps, parts) not in self.spans:
            sections = [s for step in steps for s in self.steps.get(step, [])]
            sections += [s for part in parts for s in self.parts.get(part, [])]
            self.spans[steps, parts] = LineSpans((s.line, s.end_line) for s in sections)
        return self.spans[steps, parts].covers(line)

    def deep_dives(self) -> list[Section]:
        """Each deep dive: a heading (or a plain line read as one) below a deep-dive step, else the step itself."""
        dives: list[Section] = []
        for section in self.steps.get("deep-dive", []):
            children = [c for c in section.children if not c.label or (c.implicit and c.blocks)]
            # Plain lines nest under the last one naming a step only by the builder's guess: one that
            # has its own text ("Deep dive 2: redis failure" over "Scaling") is a dive beside them.
            own = section.implicit and section.blocks and all(c.implicit for c in children)
            dives.extend([section, *children] if children and own else children or [section])
        return dives


def is_heading(section: Section) -> bool:
    """A heading of the doc's own outline: a Markdown heading or a plain line written as one
    ("4. Job leases", "Hot keys", "caching:", a bold line in notes without Markdown headings), not a
    bold lead-in under a heading or a label a check made up."""
    return not section.label or section.implicit in (*LABEL_KINDS, "bold")


def _is_title(section: Section, doc: Document) -> bool:
    """A doc's single top heading, first in the file, names the whole doc, not a step."""
    tops = doc.root.children
    if section.label or len(tops) != 1 or tops[0] is not section or doc.root.blocks:
        return False
    return not numbered_part(section.title)


def build_outline(doc: Document, catalogue: Catalogue) -> Outline:
    outline = Outline()
    outline.parent_of = {e.id: e.parent for e in catalogue.parts()}
    content_steps = [e for e in catalogue.steps() if e.content]
    content_parts = [e for e in catalogue.parts() if e.content]
    named: set[tuple[str, int]] = set()  # (part, heading line) named by heading: a set, as a list scan was quadratic

    # The requirements' cues say what the first section is, not what a later one holds.
    content_steps = [e for e in content_steps if e.id != "requirements"]

    asking = _asks(doc)

    def visit(section: Section, inherited: str, carried: str = "") -> None:
        entry = _entry_of(section, doc, catalogue, outline, asking)
        if entry is None and carried in outline.parent_of:
            # "DATA MODEL" alone, then "Query frequency table:" over the table: the part's text
            outline.parts.setdefault(carried, []).append(section)
            carried = outline.parent_of[carried]
        if entry is None and carried and not inherited:
            # the label line after a step's line with nothing under it ("Step 1 - Scope", then
            # "What the interviewer gave me:" at the same level) is where that step's text is
            outline.steps.setdefault(carried, []).append(section)
            inherited = carried
        step = _step_of(section, entry, inherited, outline, named, content_steps)
        for part in content_parts:
            if (part.id, section.line) not in named and content_matches(section, part):
                outline.parts.setdefault(part.id, []).append(section)
                outline.parts_by_content.add((part.id, section.line))
        if step and step != inherited:
            outline.steps.setdefault(step, []).append(section)
        if step:
            outline.step_at[section.line] = step
        carry, follow = "", step
        for child in section.children:
            visit(child, follow if child.implicit else step, carry)
            carry = _empty_step(outline, child, step, named)
            # labels after a design part that left the parent's early step go on in the design
            moved = outline.step_at.get(child.line, "")
            if child.implicit and step in _EARLY and moved and moved not in _EARLY:
                follow = moved

    visit(doc.root, "")
    _between(doc.root, outline)
    claim_answers(doc, catalogue, outline.steps, outline.parts, outline.step_at)
    _requirements_by_content(doc, catalogue.get("requirements"), outline)
    outline.redone = claim_redone(doc.sections(), outline.steps, outline.step_at, outline.by_content)
    outline.by_content |= {s.line for s in outline.redone}  # no heading names the step: S002 leaves it alone
    return outline


def _between(section: Section, outline: Outline) -> None:
    """A section naming no step between two of the requirements is part of them: "Must support" between
    "Problem" and "Out of scope" lists the features. (Between two sizings, a section is the design they
    size: "storage backend" before "revisited capacity".)"""
    kids = section.children
    for before, middle, after in zip(kids, kids[1:], kids[2:], strict=False):
        step = outline.step_at.get(before.line)
        if step == "requirements" and middle.line not in outline.step_at and outline.step_at.get(after.line) == step:
            outline.steps[step] = sorted([*outline.steps[step], middle], key=lambda s: s.line)
            for below in middle.walk():
                outline.step_at.setdefault(below.line, step)
    for child in kids:
        _between(child, outline)


# The steps before the design: a plain label's guessed level may set a design part under them.
_EARLY = frozenset(("requirements", "estimation"))


def _step_of(
    section: Section, entry: Entry | None, inherited: str, outline: Outline, named: set[tuple[str, int]],
    content_steps: list[Entry],
) -> str:
    """The step a section holds: the one its heading names, the one it sits in, or the one its content shows."""
    if entry is not None:
        if not entry.is_step:
            outline.parts.setdefault(entry.id, []).append(section)
            named.add((entry.id, section.line))
        if entry.is_step:
            return entry.id
        # a plain label's level is designlint's guess: a design part it set under the requirements is design
        guessed = section.implicit and inherited in _EARLY and entry.parent not in _EARLY
        return entry.parent if guessed else (inherited or entry.parent)
    if inherited or section.level == 0:
        return inherited
    for candidate in content_steps:
        if content_matches(section, candidate):
            outline.by_content.add(section.line)
            return candidate.id
    return ""


def _empty_step(outline: Outline, section: Section, parent_step: str, named: set[tuple[str, int]]) -> str:
    """The part or step a plain line names with nothing under it ("DATA MODEL", "Step 1 - Scope"), for the label
    line after it."""
    if not section.implicit or section.blocks or section.children:
        return ""
    # looked up by line among the parts named by heading: a scan of each part's sections was quadratic
    part = next((part for part in outline.parent_of if (part, section.line) in named), "")
    own = outline.step_at.get(section.line, "")
    return part or (own if own != parent_step else "")


QUESTIONS_MIN = 3


def _entry_of(section: Section, doc: Document, catalogue: Catalogue, outline: Outline, asking: bool) -> Entry | None:
    """The step or part a section's heading names; in a doc headed by questions, past the design, a
    question naming none ("How does proration work on an upgrade?") asks for a dive."""
    if section.level == 0 or _is_title(section, doc):
        return None
    entry = match_heading(section.title, catalogue, asking)
    if entry is None and asking and not section.title.rstrip().endswith("?"):
        entry = ordered(section.title, catalogue)  # "Q: Draw it." among the questions asks for the design
    if entry is None and section.implicit == "comment":
        # a thread's comment names what it says in its opening words: "numbers. biggest stream ..."
        entry = next((e for lead in leads(section) if (e := match_heading(lead, catalogue))), None)
    designing = "high-level" in outline.steps or "deep-dive" in outline.steps
    question = section.title.rstrip().endswith("?") and not winds_up(section.title)
    if entry is None and asking and designing and question:
        return catalogue.get("deep-dive")
    # once the numbers are in, a question setting two ways side by side ("Q: Polling or push for live position?")
    # asks for a choice to be weighed: a dive, before any design is shown
    if entry is None and asking and question and "estimation" in outline.steps and _EITHER.search(section.title):
        return catalogue.get("deep-dive")
    return entry


# Two ways side by side in a question: "Polling or push", "SQL or a log", "one queue or one per store".
_EITHER = re.compile(r"\b[\w-]+(?: [\w-]+)? or (?:a |an |the |one )?[\w-]+\b[^?]*\?\s*$", re.IGNORECASE)


def _asks(doc: Document) -> bool:
    """The doc heads its sections with questions: three or more, and most of its headings (a FAQ's bold
    "Q. How big is it?" lines among them, a transcript's "**Q: Draw it.**")."""
    titles = [s.title.strip() for s in doc.sections() if is_heading(s)]
    # the interviewer's turns as titles ask, orders among them ("Q: Draw it.")
    asked = sum(1 for title in titles if title.endswith("?") or from_interviewer(title))
    return asked >= QUESTIONS_MIN and asked * 2 > len(titles)


def _requirements_by_content(doc: Document, entry: Entry, outline: Outline) -> None:
    """With no heading naming them, the requirements are what comes before any other step, if it asks
    for features and qualities: one of the first two sections under another name ("What matters",
    "The brief", perhaps over a part that is named, "Not covering"), else the lines under the title
    (or above every heading), without the sections below them."""
    found = outline.steps.get(entry.id, [])
    parts = {s.line for sections in outline.parts.values() for s in sections}
    if not entry.content or any(s.line not in parts for s in found):
        return  # a heading names the step
    others = [s.line for step, sections in outline.steps.items() if step != entry.id for s in sections]
    first = min(others, default=len(doc.lines) + 1)
    opening = [s for s in doc.sections() if not _is_title(s, doc) and is_heading(s)][:2]
    features = {s.line for s in outline.parts.get("functional", [])}
    claimed = False
    for section in (s for s in opening if s.line < first and outline.step_at.get(s.line, entry.id) == entry.id):
        if VERSUS.search(section.title):
            break  # "Leader-follower vs leaderless": options weighed, so the asking is over
        # Bold labels ("**Must do**") are sections: their words count as lines too.
        titles = [Block("paragraph", s.line, s.line, s.title) for s in section.walk()]
        holds = any(section.line <= s.line <= section.end_line for s in found)
        if holds or content_lines(titles + list(section.all_blocks()), entry, entry.content_min) >= entry.content_min:
            _claim(section, entry.id, outline)
            claimed = True
        elif claimed:
            break
        # after the features named as such, the next section may ask for the qualities under a name of its own
        # ("What it needs to do", then "The part that actually matters: latency")
        if claimed and section.line not in features:
            break
    if claimed:
        return
    top = doc.root if doc.root.blocks else doc.title
    if found or top is None or not (top is doc.root or _is_title(top, doc)):
        return
    # The lines above every heading, or under the title: the step holds them, not the sections below.
    blocks = [b for b in top.blocks if b.line < first]
    # An essay's topics taken in turn ("The second problem is ...") go on asking as its opening did.
    topics = [b for s in top.children if s.implicit == "lead" and s.line < first for b in s.all_blocks()]
    if content_lines(blocks + topics, entry, entry.content_min) >= entry.content_min or opening_list(blocks, others):
        outline.steps[entry.id] = [top]
        outline.by_content.add(top.line)
        outline.own_only.add(top.line)
        outline.step_at[top.line] = entry.id


def _claim(section: Section, step: str, outline: Outline) -> None:
    """The section holds the step; sections of it found inside are now part of it."""
    inside = [s for s in outline.steps.get(step, []) if not section.line <= s.line <= section.end_line]
    outline.steps[step] = sorted([section, *inside], key=lambda s: s.line)
    outline.by_content.add(section.line)
    for below in section.walk():
        outline.step_at.setdefault(below.line, step)
