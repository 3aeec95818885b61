"""Text helpers shared by the requirements and estimation checks.

A step's region is the part of a doc that really holds that step: its top sections
that start before any other step does, minus subsections that belong to another
step (the primer nests "Calculate usage" under its requirements). Within the
requirements region each block is tagged with the part it belongs to, from the
heading above it or from a lead-in paragraph such as "Non-functional requirements:".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from designlint.checks.placeholders import PROMPT_WORDS, after_prompt, is_placeholder
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.headings import strip_markup
from designlint.doc.outline import match_heading
from designlint.lowered import lower_alike

_LEAD_IN = re.compile(r"(?:^|[.!?]\s+)([^.!?\n]{1,90}):\s*$")
# One line of a question-and-answer transcript ("C: ...", "I: ...", "Q: ...").
_DIALOGUE = re.compile(
    r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:\*\*)?(?:[CIQA]|candidate|interviewer|me)(?:\*\*)?\s*:", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Tagged:
    """A block of a step's region and the part it belongs to ("" when none)."""

    part: str
    block: Block


def plain(text: str) -> str:
    """Text without emphasis, inline code marks, HTML tags or link targets (link words kept)."""
    return strip_markup(text)


def is_spoken(line: str) -> bool:
    """A line of an interview transcript ("Q: ...", "Candidate: ...")."""
    return bool(_DIALOGUE.match(line))


def unspoken(line: str) -> str:
    """The line without the speaker who says it ("[00:50] Me: Functional then: ..." is "Functional then: ...")."""
    found = _DIALOGUE.match(line)
    return line[found.end() :].lstrip() if found else line


def is_dialogue(block: Block) -> bool:
    """A list whose items are mostly lines of an interview transcript."""
    if block.kind != "list" or not block.items:
        return False
    spoken = sum(1 for item in block.items if _DIALOGUE.match(item.text))
    return spoken * 2 >= len(block.items)


def next_step_line(ctx: Context, step_id: str, start: int) -> int:
    """The first line after start where a step other than step_id begins (past the doc's end if none does)."""
    later = [
        line
        for step in ctx.catalogue.steps()
        if step.id != step_id and (line := ctx.outline.first_line(step.id)) is not None and line > start
    ]
    return min(later, default=len(ctx.doc.lines) + 1)


# Parts read only where their step is, before the next one starts.
_ONLY_EARLY = frozenset({"functional"})


def step_region(ctx: Context, step_id: str) -> list[tuple[Section, str]]:
    """The step's sections (with the part each holds), before the next step starts."""
    tops = ctx.outline.step_sections(step_id)
    if not tops:
        return []
    stop = next_step_line(ctx, step_id, tops[0].line)
    part_of = {s.line: part for part, sections in ctx.outline.parts.items() for s in sections}
    found: list[tuple[Section, str]] = []
    for top in tops:
        # A section whose own heading names one of the step's parts ("Non-functional:") belongs
        # to the step wherever it sits: notes often state the qualities after the estimate. A
        # "Features" heading deep in the design names a model's inputs, not the product's.
        part = part_of.get(top.line, "")
        named = ctx.outline.parent_of.get(part) == step_id and part not in _ONLY_EARLY
        # the next step starting here only by this section's content ("What it does:" over "put(key, value)",
        # "get(key)" is read as an API too) does not take the section from the step its heading names
        shared = top.line == stop and (part, top.line) in ctx.outline.parts_by_content
        if top.line < stop or shared or named or _asked_again(ctx, step_id, top):
            _collect(ctx, top, step_id, part_of, part_of.get(top.line, ""), found)
    return found


def _asked_again(ctx: Context, step_id: str, section: Section) -> bool:
    """The requirements taken up again after the estimate, before any design ("Q: Scale?" answered, then
    "Q: Any hard requirements?"): a transcript asks in the order the talk went."""
    if step_id != "requirements":
        return False
    design = [line for step in ("high-level", "deep-dive") if (line := ctx.outline.first_line(step)) is not None]
    return section.line < min(design, default=len(ctx.doc.lines) + 1)


def _collect(
    ctx: Context, section: Section, step_id: str, part_of: dict[int, str], part: str, out: list[tuple[Section, str]]
) -> None:
    out.append((section, part))
    if section.line in ctx.outline.own_only and ctx.outline.step_at.get(section.line) == step_id:
        return  # the lines above every heading or under the title: the doc's sections are not part of them
    for child in section.children:
        if ctx.outline.step_at.get(child.line, step_id) == step_id:
            _collect(ctx, child, step_id, part_of, part_of.get(child.line, part), out)


def lead_in_part(ctx: Context, block: Block) -> str | None:
    """The part a lead-in paragraph ("Non-functional requirements:") opens, if any."""
    text = _lead_in_text(block)
    if text is None:
        return None
    for part in ("non-functional", "scope-exclusions", "functional"):
        extra = f"lead-in-{part}"
        if extra in ctx.vocabulary and ctx.terms(extra).search(text):
            return part
    entry = match_heading(text, ctx.catalogue)
    return entry.id if entry is not None and not entry.is_step else None


def lead_in_step(ctx: Context, block: Block) -> str | None:
    """The step a lead-in paragraph names ("what I clarified (roughly):" the requirements), if any."""
    text = _lead_in_text(block)
    entry = match_heading(text, ctx.catalogue) if text is not None else None
    return entry.id if entry is not None and entry.is_step else None


def _lead_in_text(block: Block) -> str | None:
    if block.kind != "paragraph":
        return None
    found = _LEAD_IN.search(plain(block.text).strip())
    return found.group(1) if found and len(found.group(1).split()) <= 12 else None


def tagged_blocks(ctx: Context, step_id: str) -> list[Tagged]:
    """Every block of a step's region, tagged with its part; a lead-in retags what follows it.

    Worked out once per document and step; callers share the list and must not change it.
    """
    return ctx.once(("tagged_blocks", step_id), lambda: _tagged_blocks(ctx, step_id))


def _tagged_blocks(ctx: Context, step_id: str) -> list[Tagged]:
    tagged: list[Tagged] = []
    for section, part in step_region(ctx, step_id):
        current = part
        for block in section.blocks:
            opened = lead_in_part(ctx, block)
            if opened is not None:
                current = opened
            tagged.append(Tagged(current, block))
    return tagged


def preamble(ctx: Context, step_id: str = "requirements") -> list[Block]:
    """Blocks before the step's first heading that no step claims: the problem as posed."""
    tops = ctx.outline.step_sections(step_id)
    if not tops:
        return []
    start = tops[0].line
    blocks = [b for b in ctx.doc.root.blocks if b.line < start]
    for section in ctx.sections:
        if section.line < start and section.line not in ctx.outline.step_at:
            blocks.extend(b for b in section.blocks if b.line < start)
    return sorted(blocks, key=lambda b: b.line)


# How many headed sections open a doc: the prompt a retro quotes first ("## The question") is among them.
_OPENING_SECTIONS = 2


def opening(ctx: Context) -> list[Block]:
    """What a doc opens with, where one with no requirements step poses its problem: the text above every
    heading, the title's, and that of its first sections (a thread's first comments)."""
    tops = [s for s in ctx.sections if s.level > 0 and s is not ctx.doc.title][:_OPENING_SECTIONS]
    title = ctx.doc.title.blocks if ctx.doc.title else ()
    return [*ctx.doc.root.blocks, *title, *(b for s in tops for b in s.blocks)]


def text_lines(ctx: Context, blocks: list[Block], code: bool = False) -> Iterator[tuple[int, str]]:
    """Plain text of each line of the blocks, prompts left out; code blocks only when asked for.

    Each block's lines are cleaned once per document, however many checks read them.
    """
    for block in blocks:
        if block.kind in ("comment", "html") or (block.kind == "code" and not code):
            continue
        yield from _plain_lines(ctx, block.text, block.line)


def _plain_lines(ctx: Context, text: str, first: int) -> tuple[tuple[int, str], ...]:
    def make() -> tuple[tuple[int, str], ...]:
        cleaned = _cleaned(ctx, text)
        if not any(word in text for word in PROMPT_WORDS):  # no line of the block can be a prompt
            return tuple(enumerate(cleaned, start=first))
        kept = []
        for number, (line, clean) in enumerate(zip(text.split("\n"), cleaned, strict=True), start=first):
            if not is_placeholder(line):
                kept.append((number, clean))
            elif said := after_prompt(clean):  # "TODO flesh out. For now NOT covering: tax" says the rest
                kept.append((number, said))
        return tuple(kept)

    return ctx.once(("plain_lines", text, first), make)


def _cleaned(ctx: Context, text: str) -> list[str]:
    """plain() and mend() of each line of text, in a call or two for the whole text rather than two per line.

    No misspelt word spans two lines, nor any markup but a link (whose words may wrap).
    """
    plained = "\n".join(plain(line) for line in text.split("\n")) if "[" in text else plain(text)
    if "  " in plained:
        # a word processor's export spaces words out ("Not  covered  here:"); its indent and alignment stay
        plained = _SPACED.sub(" ", plained)
    return ctx.catalogue.mend(plained).split("\n")


_SPACED = re.compile(r"(?<=[^\W\d]) {2,3}(?=[^\W\d])")


def title(ctx: Context) -> tuple[int, str]:
    """The doc's title and its line: a heading on the first line, else the first line of plain notes
    ("DB backup orchestration - rough plan"); (0, "") for an empty doc."""
    heading = ctx.doc.title
    if heading is not None and heading.line == 1:
        return 1, heading.title
    return (1, ctx.doc.lines[0]) if ctx.doc.lines and ctx.doc.lines[0].strip() else (0, "")


def doc_text_lines(ctx: Context) -> list[tuple[int, str]]:
    """text_lines of the whole document (code left out), worked out once per document."""
    return ctx.once("doc_text_lines", lambda: list(text_lines(ctx, list(ctx.blocks))))


def doc_text(ctx: Context) -> str:
    """The doc's text lines (code left out) joined, once per document."""
    return ctx.once("textutil.doc_text", lambda: "\n".join(line for _, line in doc_text_lines(ctx)))


def doc_low(ctx: Context) -> str | None:
    """lower_alike(doc_text(ctx)), for the lists that search the whole text lowered."""
    return ctx.once("textutil.doc_low", lambda: lower_alike(doc_text(ctx)))


def finds_in_doc(ctx: Context, name: str) -> bool:
    """The list called name finds something in the doc's text (lowered once, see Context.finds). A match
    may run across two lines, so a caller that needs one on a line reads the lines after. A term anchored
    to a line's start or end ("^", "$") finds it on any line: term patterns are compiled multi-line."""
    return ctx.finds(name, doc_text(ctx), doc_low(ctx))


def line_says(ctx: Context, name: str) -> bool:
    """Some line of the doc's text holds the list called name. The whole text is searched (most docs hold
    none of it), and a line is read alone only where a match starts: a match may run past its line."""
    pattern, text, low = ctx.terms(name), doc_text(ctx), doc_low(ctx)
    start = ctx.first_found(name, text, low)
    while start >= 0:
        line_start, end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        end = len(text) if end < 0 else end
        if pattern.search(text[line_start:end]):  # alone: what comes before the line is out of sight
            return True
        start = ctx.first_found(name, text, low, end + 1)
    return False


def unwrapped(ctx: Context, blocks: list[Block]) -> str:
    """The blocks' paragraphs of more than one line, each on one line, and each list item's lines joined, so a
    phrase wrapped at a line break reads whole ("I state them as out\nof scope")."""
    wrapped = [b for b in blocks if b.kind == "paragraph" and b.end_line > b.line]
    texts = [" ".join(line.strip() for _, line in text_lines(ctx, [b])) for b in wrapped]
    items = (i for b in blocks if b.kind == "list" for i in b.items if "\n" in i.text)
    texts += [" ".join(strip_markup(line).strip() for line in i.text.split("\n")) for i in items]
    return "\n".join(texts)


def requirement_blocks(ctx: Context, exclude: tuple[str, ...] = ("scope-exclusions",)) -> list[Tagged]:
    """The requirements region's blocks, without the parts named in exclude."""
    return [t for t in tagged_blocks(ctx, "requirements") if t.part not in exclude]
