"""Markdown text to a tree of sections holding blocks, each with 1-based source lines.

This is the only module that imports mistune. mistune 3 tokens carry no positions,
so the block parser is subclassed to stamp each top-level token with the cursor at
which its parse began; line numbers are then found by bisecting line offsets.
Nested tokens (list items, quoted blocks) are located from the block's own lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import mistune
from mistune.block_parser import BlockParser
from mistune.core import BlockState

__all__ = ["Block", "Document", "FrontMatter", "Item", "Section", "parse", "render_html"]


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


# --- parsing -----------------------------------------------------------------

_FRONT_MATTER = {"---": "yaml", "+++": "toml"}
LABEL_LEVEL = 7
_LABEL = re.compile(r"^\s{0,3}(?:\*\*|__)([^*_\n]{1,80}?)(?::\s*)?(?:\*\*|__):?\s*$")
_ITEM_MARKER = re.compile(r"^( {0,3})([*+-]|\d{1,9}[.)])(?:[ \t]+|$)")


class _State(BlockState):
    """Stamps the cursor on tokens appended outside parse_method (fast paths)."""

    def append_token(self, token: dict[str, Any]) -> None:
        token.setdefault("_pos", self.cursor)
        super().append_token(token)

    def add_paragraph(self, text: str) -> None:
        count = len(self.tokens)
        super().add_paragraph(text)
        if len(self.tokens) > count:
            self.tokens[-1].setdefault("_pos", self.cursor)


class _Parser(BlockParser):
    state_cls = _State

    def parse_method(self, m: re.Match[str], state: BlockState) -> int | None:
        # Some syntaxes (lists, quotes) append their token only after moving the
        # cursor, so the match start is the one reliable start of a new token.
        count = len(state.tokens)
        end = super().parse_method(m, state)
        if len(state.tokens) > count:
            state.tokens[count]["_pos"] = m.start()
        return end

    def parse(self, state: BlockState, rules: list[str] | None = None) -> None:
        # Only top-level tokens are used: list items and quoted text are read from the
        # block's own lines, so the content of containers is not parsed again (a third
        # of the parse time on list-heavy docs). Where a container ends does not depend on it.
        if state.parent is None:
            super().parse(state, rules)


# Depth caps stay at mistune's default (20); only the table plugin is needed.
_MARKDOWN = mistune.Markdown(renderer=None, block=_Parser(), plugins=[mistune.plugins.import_plugin("table")])


def normalize(text: str) -> str:
    """Drop a BOM and turn CRLF and CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(lines: list[str]) -> FrontMatter | None:
    fence = lines[0].rstrip() if lines else ""
    kind = _FRONT_MATTER.get(fence)
    if kind is None:
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() == fence:
            return FrontMatter(kind, "\n".join(lines[1:index]), 1, index + 1)
    return None


def _tokens(source: str) -> list[dict[str, Any]]:
    state = _State()
    state.process(source if source.endswith("\n") else source + "\n")
    _MARKDOWN.block.parse(state)
    return state.tokens


def _block_kind(token: dict[str, Any]) -> str | None:
    kind = token["type"]
    if kind == "block_html":
        return "comment" if token["raw"].lstrip().startswith("<!--") else "html"
    return {
        "paragraph": "paragraph",
        "list": "list",
        "block_code": "code",
        "table": "table",
        "block_quote": "quote",
        "thematic_break": "rule",
    }.get(kind)


def _list_items(lines: list[str], start: int, end: int) -> tuple[Item, ...]:
    """Items of a list spanning lines start..end, found at the list's own indent."""
    indent: int | None = None
    items: list[list[Any]] = []
    for number in range(start, end + 1):
        line = lines[number - 1]
        marker = _ITEM_MARKER.match(line)
        if marker and (indent is None or len(marker.group(1)) == indent):
            indent = len(marker.group(1))
            items.append([number, [line[marker.end() :]]])
        elif items:
            items[-1][1].append(line)
    return tuple(Item(number, "\n".join(text).strip()) for number, text in items)


class _Builder:
    """Collects blocks into a section tree while walking tokens in order."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.stack: list[dict[str, Any]] = [self._open(0, "", 1)]
        self.code_lines: set[int] = set()

    @staticmethod
    def _open(level: int, title: str, line: int, label: bool = False) -> dict[str, Any]:
        return {"level": level, "title": title, "line": line, "blocks": [], "children": [], "label": label}

    def heading(self, level: int, title: str, line: int, label: bool = False) -> None:
        while self.stack[-1]["level"] >= level:
            self._close(line - 1)
        section = self._open(level, title, line, label)
        self.stack[-1]["children"].append(section)
        self.stack.append(section)

    def block(self, token: dict[str, Any], kind: str, line: int, end: int) -> None:
        text = "\n".join(self.lines[line - 1 : end])
        label = _LABEL.match(text) if kind == "paragraph" else None
        if label:
            self.heading(LABEL_LEVEL, label.group(1).strip(), line, label=True)
            return
        info = (token.get("attrs") or {}).get("info") or ""
        items = _list_items(self.lines, line, end) if kind == "list" else ()
        if kind == "code":
            self.code_lines.update(range(line, end + 1))
        self.stack[-1]["blocks"].append(Block(kind, line, end, text, info.strip(), items))

    def _close(self, end: int) -> None:
        section = self.stack.pop()
        section["end"] = end

    def finish(self) -> Section:
        while len(self.stack) > 1:
            self._close(len(self.lines))
        self.stack[0]["end"] = len(self.lines)
        return _freeze(self.stack[0])


def _freeze(raw: dict[str, Any]) -> Section:
    children = tuple(_freeze(child) for child in raw["children"])
    end = raw.get("end", raw["line"])
    end = max(end, raw["line"])
    return Section(raw["level"], raw["title"], raw["line"], end, tuple(raw["blocks"]), children, raw["label"])


def _last_content_line(lines: list[str], start: int, stop: int) -> int:
    """The last non-blank line in start..stop (1-based, inclusive), at least start."""
    end = stop
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def parse(text: str, path: str = "<string>") -> Document:
    """Parse Markdown source into a Document; never raises on odd input."""
    source = normalize(text)
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    front = _split_front_matter(lines)
    body_lines = [""] * front.end_line + lines[front.end_line :] if front else lines
    body = "\n".join(body_lines)
    offsets = [0]
    for text_line in body_lines:
        offsets.append(offsets[-1] + len(text_line) + 1)
    tokens = [token for token in _tokens(body) if token["type"] != "blank_line"]
    builder = _Builder(lines)
    starts = [bisect_right(offsets, token.get("_pos", 0)) for token in tokens]
    for index, token in enumerate(tokens):
        line = starts[index]
        stop = starts[index + 1] - 1 if index + 1 < len(tokens) else len(lines)
        if token["type"] == "heading":
            title = " ".join(token["text"].split())
            builder.heading(token["attrs"]["level"], title, line)
            continue
        kind = _block_kind(token)
        if kind is not None:
            builder.block(token, kind, line, _last_content_line(lines, line, max(stop, line)))
    root = builder.finish()
    return Document(path, tuple(lines), root, front, frozenset(builder.code_lines))


# --- rendering -----------------------------------------------------------------


class _InertRenderer(mistune.HTMLRenderer):
    """HTML for an untrusted write-up: raw HTML escaped, unsafe links defused, images shown as text.

    An image would be fetched when the page opens; a report must make no network request.
    """

    def image(self, text: str, url: str, title: str | None = None) -> str:
        return f'<span class="image">[image: {text}]</span>'


_HTML = mistune.create_markdown(escape=True, renderer=_InertRenderer(escape=True), plugins=["table"])


def render_html(text: str) -> str:
    """Markdown source as HTML that runs nothing and loads nothing (for the HTML report)."""
    return str(_HTML(text))
