"""Markdown text to a tree of sections holding blocks, each with 1-based source lines.

This is the only module that imports mistune. mistune 3 tokens carry no positions,
so the block parser is subclassed to stamp each top-level token with the cursor at
which its parse began; line numbers are then found by bisecting line offsets.
Nested tokens (list items, quoted blocks) are located from the block's own lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

import mistune
from mistune.block_parser import BlockParser
from mistune.core import BlockState

from designlint.catalogue import Catalogue, load_catalogue
from designlint.doc.asciidoc import asciidoc_blocks
from designlint.doc.builder import Builder
from designlint.doc.fenced import unfenced_transcripts
from designlint.doc.html import has_structure, html_pieces
from designlint.doc.implicit import LONE_MIN, STEP_LEVEL, STYLE_MIN
from designlint.doc.items import typed_bullets
from designlint.doc.model import Block, Document, FrontMatter, Item, Section
from designlint.doc.numbering import NumberedLevels
from designlint.doc.pasted import dedented, prose_code_blocks
from designlint.doc.styles import Styles, heading_styles, last_content_line, marked
from designlint.doc.threads import chat_speakers, handles, is_thread

__all__ = ["Block", "Document", "FrontMatter", "Item", "Section", "parse", "render_html"]


# --- parsing -----------------------------------------------------------------

_FRONT_MATTER = {"---": "yaml", "+++": "toml"}


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


def _parsed(body_lines: list[str]) -> tuple[list[dict[str, Any]], list[int]]:
    """The parse's top-level tokens (blank lines aside) and the line each starts on."""
    offsets = [0]
    for text_line in body_lines:
        offsets.append(offsets[-1] + len(text_line) + 1)
    tokens = [token for token in _tokens("\n".join(body_lines)) if token["type"] != "blank_line"]
    return tokens, [bisect_right(offsets, token.get("_pos", 0)) for token in tokens]


def parse(text: str, path: str = "<string>", catalogue: Catalogue | None = None) -> Document:
    """Parse Markdown source into a Document; never raises on odd input.

    The catalogue (the built-in one by default) names the steps and parts a plain
    line may stand for, to read it as a heading (see implicit.py).
    """
    source = normalize(text)
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    front = _split_front_matter(lines)
    body_lines = asciidoc_blocks([""] * front.end_line + lines[front.end_line :] if front else lines)
    body_lines = unfenced_transcripts(typed_bullets(body_lines))
    tokens, starts = _parsed(body_lines)
    if pasted := prose_code_blocks(tokens, starts, body_lines):
        # prose indented as a word processor exports it is text, not code: read again without the indent
        lines, body_lines = dedented(lines, pasted), typed_bullets(dedented(body_lines, pasted))
        tokens, starts = _parsed(body_lines)
    builder = Builder(lines, catalogue or load_catalogue())
    builder.marked = marked(tokens)
    styles = heading_styles(tokens, starts, lines, builder.catalogue)
    builder.lone, builder.bold_run_ins, builder.run_ins = styles.lone, styles.bold_run_ins, styles.run_ins
    builder.star_labels = styles.star_labels
    builder.chat, builder.handles = chat_speakers(lines), handles(lines)
    builder.thread = is_thread(lines) or bool(builder.chat or builder.handles)
    builder.leads = _leads(styles)
    if styles.colons >= LONE_MIN:
        # label lines naming nothing are the doc's headings from the first, as if two had named steps
        builder.styles["colon"] = (styles.colons, STEP_LEVEL)
    if styles.numbered:
        # numbered items naming nothing are the doc's headings from the first, as if two had named steps
        builder.styles["item"] = (STYLE_MIN, STEP_LEVEL)
    numbered = NumberedLevels()
    for index, token in enumerate(tokens):
        line = starts[index]
        stop = starts[index + 1] - 1 if index + 1 < len(tokens) else len(lines)
        if token["type"] == "heading":
            title = " ".join(token["text"].split())
            builder.heading(numbered.level(title, token["attrs"]["level"]), title, line)
            continue
        kind = _block_kind(token)
        end = last_content_line(lines, line, max(stop, line))
        if kind == "html" and has_structure(token["raw"]):
            _html_block(builder, token, lines, line, end)
        elif kind is not None:
            builder.block(token, kind, line, end)
    root = builder.finish()
    return Document(path, tuple(lines), root, front, frozenset(builder.code_lines))


def _leads(styles: Styles) -> bool | str:
    """How the doc's paragraphs open their sections (see leads.opening), if they do."""
    if styles.walkthrough or styles.ordinals or styles.essay:
        return "sequence" if styles.walkthrough else "ordinal" if styles.ordinals else "essay"
    return styles.leads


def _html_block(builder: Builder, token: dict[str, Any], lines: list[str], line: int, end: int) -> None:
    """A write-up pasted as HTML: its headings, lists and paragraphs as the builder's own (see doc/html.py)."""
    for kind, first, last, level, title in html_pieces(lines, line, end):
        if kind == "heading":
            builder.heading(level, title, first)
        else:
            builder.block(token, kind, first, last)


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
