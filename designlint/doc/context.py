"""What every check receives: the parsed document, its outline and the shared vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from designlint.catalogue import Catalogue
from designlint.doc.cues import content_lines
from designlint.doc.document import Block, Document, Section
from designlint.doc.drawing import is_drawing
from designlint.doc.operations import has_operation
from designlint.doc.outline import Outline, build_outline
from designlint.doc.shapes import has_fields
from designlint.doc.vocabulary import GUARDS, lowered_terms_pattern, split_terms_pattern, terms_pattern
from designlint.errors import RuleDefinitionError
from designlint.termsearch import holds, needles

T = TypeVar("T")
_PICTURE = re.compile(r"!\[[^\]\n]*\]\(|<img\b", re.IGNORECASE)
# The term lists H003 reads a record's fields with (rules/high-level.toml): a field's type words, and the
# verbs that make "get(user_id, limit)" an operation rather than a record.
_FIELD_TYPES, _OPERATIONS = "field-types", "operation-verbs"
_API_CUES = ("api-cues", "api-prose-cues")  # H001's lists of lines that define an operation


@dataclass
class Context:
    doc: Document
    catalogue: Catalogue
    vocabulary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # What several checks derive from the same document (plain text of its lines, its
    # sentences...), computed by the first check that asks: see once().
    memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)
    _needles: dict[str, tuple[str, ...] | None] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def outline(self) -> Outline:
        return build_outline(self.doc, self.catalogue)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """Every block of the document, in order (doc.blocks() walks the tree each time)."""
        return tuple(self.doc.blocks())

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """Every section with a heading, in order."""
        return tuple(self.doc.sections())

    def once(self, key: Hashable, make: Callable[[], T]) -> T:
        """make() for this document the first time key is asked for, the same value after.

        key must name everything the value depends on besides this context; the value
        is shared between checks, so callers must not change it.
        """
        try:
            value: T = self.memo[key]
        except KeyError:
            value = self.memo[key] = make()
        return value

    def terms(self, name: str) -> re.Pattern[str]:
        """The vocabulary list called name as one pattern (kept by name: hashing a list's terms
        for the pattern cache costs more than many of the searches checks make with it)."""
        try:  # checks ask this hundreds of times a document: a plain lookup, no closure made
            return self._patterns[name]
        except KeyError:
            pattern = self._patterns[name] = terms_pattern(self._list(name))
            return pattern

    def _list(self, name: str) -> tuple[str, ...]:
        try:
            return self.vocabulary[name]
        except KeyError:
            raise RuleDefinitionError(f"vocabulary: no term list named {name!r}") from None

    def finds(self, name: str, text: str, low: str | None = None) -> bool:
        """The list called name matches somewhere in text (the same as terms(name).search(text)).

        low, when given, is lower_alike(text): a caller that searches one text for several lists
        lowers it once, and each list that can be lowered searches it instead, about twice as fast.
        """
        pattern = self.terms(name)
        if low is not None and GUARDS["on"]:
            lowered, rest = split_terms_pattern(self._list(name))
            if lowered is not None:
                return lowered.search(low) is not None or (rest is not None and rest.search(text) is not None)
        return self.may_hold(name, text, low) and pattern.search(text) is not None

    def first_found(self, name: str, text: str, low: str | None, pos: int = 0) -> int:
        """Where the list called name first matches text at pos or after, -1 where it does not; low as
        in finds. A match found on low starts where the same match on text does."""
        if low is not None and GUARDS["on"]:
            lowered, rest = split_terms_pattern(self._list(name))
            if lowered is not None:
                matches = [lowered.search(low, pos), rest.search(text, pos) if rest is not None else None]
                return min((match.start() for match in matches if match), default=-1)
        found = self.terms(name).search(text, pos)
        return found.start() if found else -1

    def may_hold(self, name: str, text: str, low: str | None = None) -> bool:
        """False only when the list called name cannot match text (see termsearch.may_hold): a
        cheap test that spares the search, or a costlier test, on most texts. Always True
        in a small run (see use_guards)."""
        self.terms(name)  # the one clear error for an unknown list
        if not GUARDS["on"]:
            return True
        try:
            found = self._needles[name]
        except KeyError:
            found = self._needles[name] = needles(self._list(name), re.IGNORECASE)
        return holds(found, text, low)

    def lowered(self, name: str) -> re.Pattern[str] | None:
        """The list called name as lowered_terms_pattern, for a text searched often (lower it
        once), or None: then search the text itself. Always None in a small run (see use_guards)."""
        self.terms(name)  # the one clear error for an unknown list
        if not GUARDS["on"]:
            return None
        return self.once(("context.lowered", name), lambda: lowered_terms_pattern(self._list(name)))

    def step_shown(self, step_id: str) -> bool:
        """The step is in the doc: named by a heading, shown by one of its parts, or by enough of
        its parts' content spread over sections no heading names ("API(user, video)" under
        "Upload videos:"). S001 and the checks that wait for a design agree through this."""
        return self.once(("step_shown", step_id), lambda: self._step_shown(step_id))

    def _step_shown(self, step_id: str) -> bool:
        if self.outline.first_line(step_id) is not None:
            return True
        unnamed = [self.doc.root, *(s for s in self.sections if s.line not in self.outline.step_at)]
        blocks = [b for s in unnamed for b in s.blocks]
        return any(
            part.content and content_lines(blocks, part, part.content_min) >= part.content_min
            for part in self.catalogue.parts(step_id)
        ) or (step_id == "high-level" and (self._drawn() or self._fielded() or self._called()))

    def _fielded(self) -> bool:
        """Records laid out with their fields beyond the requirements ("span: trace_id,
        span_id, parent_id, start, duration" under "what gets stored"): a data model, so a design, though
        no heading names one. Read with H003's own reader (doc/shapes.py) and its term lists."""
        # notes often go on from the numbers to the record without a heading of its own ("est" over the sizes,
        # then "what a job doc looks like: job_id, employer_id, ..."): a record laid out there counts too
        sized = (b for s in self.outline.step_sections("estimation") for b in s.all_blocks())
        # notes with no heading at all, taken whole for the requirements, lay their record out there too
        # ("what a registration looks like:" over its typed fields)
        alone = self.doc.root.blocks if self.outline.steps.get("requirements") == [self.doc.root] else ()
        return any(self.lays_out_fields(b) for b in (*self._beyond_early(), *sized, *alone))

    def lays_out_fields(self, block: Block) -> bool:
        """The block lays out stored records with their fields, read with H003's reader and term lists."""
        return has_fields(block, self.terms(_FIELD_TYPES), self.terms(_OPERATIONS))

    def _called(self) -> bool:
        """An operation clients call, beyond the requirements and the estimate ("GET /unfurl?url=..." in
        prose, "IDENTIFY {token} -> session_id"): an API, so a design. Read with H001's term lists."""
        lists = [self.terms(name) for name in _API_CUES]
        # Notes without headings keep their whole design above every heading: an operation there counts,
        # as a drawing does (see _drawn), though the outline took those lines for the requirements.
        blocks = [*self.doc.root.blocks, *self._later_blocks()]
        # An endpoint set apart as code ("    POST /huddles { channel_id }" in a transcript) is one too.
        lines = [line for b in blocks for line in b.text.split("\n")]
        if any(api.search(line) for api in lists for line in lines):
            return True
        # an operation by its signature ("ops: acquire(name, ttl_ms) -> {token} | release(name, token)")
        operations = self.terms(_OPERATIONS)
        return any(has_operation(b, operations) for b in blocks)

    def _beyond_early(self) -> Iterator[Block]:
        """The blocks outside the requirements and the estimate; in notes without headings, the lines above
        the first heading too unless they were taken for the requirements."""
        if self.outline.steps.get("requirements") != [self.doc.root]:
            yield from self.doc.root.blocks
        yield from self._later_blocks()

    def _later_blocks(self) -> Iterator[Block]:
        """The blocks of the sections outside the requirements and the estimate."""
        for section in self.sections:
            if self.outline.step_at.get(section.line) not in ("requirements", "estimation"):
                yield from section.blocks

    def _drawn(self) -> bool:
        """A drawing anywhere, or a picture beyond the requirements and the estimate: in a design write-up that
        is the architecture drawn (hand-labelled write-ups counted every such image as a diagram).

        Notes often run their drawing on under the requirements' label ("Requirements" alone on a line, then
        "Flow" over boxes and arrows), so a drawing counts wherever it sits; an image among the requirements
        may be a screenshot of the product, so a picture counts only outside them."""
        return any(is_drawing(b) for b in self.blocks) or any(_PICTURE.search(b.text) for b in self._beyond_early())

    def step_blocks(self, step_id: str) -> Iterator[Block]:
        for section in self.outline.step_sections(step_id):
            yield from section.blocks if section.line in self.outline.own_only else section.all_blocks()

    def part_blocks(self, part_id: str) -> Iterator[Block]:
        for section in self.outline.parts.get(part_id, []):
            yield from section.all_blocks()

    def anchor(self, step_id: str = "") -> int:
        """A stable line for a document-level finding: the step's heading, else the title."""
        sections: list[Section] = self.outline.step_sections(step_id) if step_id else []
        if sections:
            return sections[0].line
        title = self.doc.title
        return title.line if title else 1
