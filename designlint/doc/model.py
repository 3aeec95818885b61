"""The document model: a tree of sections holding blocks, each with 1-based source lines.

document.parse builds it; checks, the outline and the scaffolder read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Block", "Document", "FrontMatter", "Item", "Section"]


@dataclass(frozen=True, slots=True)
class Item:
    """One list item: its first line and its raw text (marker removed)."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A top-level block under a heading.

    kind is one of paragraph, list, code, table, quote, html, comment, rule.
    text is the block's raw Markdown source, so checks see what the author wrote.
    """

    kind: str
    line: int
    end_line: int
    text: str
    info: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and everything up to the next heading of the same or a higher level.

    The root section has level 0 and holds the blocks before the first heading.
    """

    level: int
    title: str
    line: int
    end_line: int
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]
    # True for a paragraph that is only bold text ("**Non-functional:**"), which
    # many write-ups use as a sub-heading; it nests below every real heading.
    label: bool = False
    # How a heading Markdown does not mark was written (see implicit.py); "" for real headings.
    implicit: str = ""

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> Iterator[Block]:
        """Blocks of this section and of every section below it, in document order."""
        for section in self.walk():
            yield from section.blocks

    def body_text(self) -> str:
        """The raw text of every block below this heading, subsections included."""
        return "\n".join(block.text for block in self.all_blocks())


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """YAML (---) or TOML (+++) metadata at the top of a file, kept aside unparsed."""

    kind: str
    text: str
    line: int
    end_line: int

    def field(self, name: str, value: str = r"[^#\n]+?", comments: bool = True) -> str | None:
        """A top-level `name: value` (or `name = value`) line's value, read without a YAML or TOML parser.

        value is the pattern the value must fit (quotes around it dropped); comments lets a `# ...` follow.
        """
        found = _field_line(name, value, comments).search(self.text)
        return found.group(1) if found else None


# A code span's text, in a block's text: a record, a signature or a flow is often written in one
# ("`pastes(paste_id, body)`", "`app -> queue -> worker`").
CODE_SPAN = re.compile(r"`([^`\n]+)`")


@lru_cache(maxsize=16)
def _field_line(name: str, value: str, comments: bool) -> re.Pattern[str]:
    # Blanks, not \s: \s would run over line ends from every line start (quadratic on many blank lines).
    tail = r"(?:#.*)?" if comments else ""
    return re.compile(rf"^[ \t]*{re.escape(name)}[ \t]*[:=][ \t]*[\"']?({value})[\"']?[ \t]*{tail}$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    lines: tuple[str, ...]
    root: Section
    front_matter: FrontMatter | None = None
    code_lines: frozenset[int] = field(default_factory=frozenset)

    @property
    def title(self) -> Section | None:
        """The first heading of the document, where document-level findings point."""
        return next(iter(self.sections()), None)

    def sections(self) -> Iterator[Section]:
        """Every section with a heading, in document order."""
        for section in self.root.walk():
            if section.level > 0:
                yield section

    def blocks(self) -> Iterator[Block]:
        return self.root.all_blocks()


def row_cells(row: str) -> list[str]:
    """A pipe table's row split into its cells, the pipes at either end dropped: "| a | b |" gives " a ", " b "."""
    return row.strip().strip("|").split("|")
