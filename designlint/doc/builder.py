"""The section tree built while walking the parser's tokens in order: real headings, bold labels
and the headings plain text writes without Markdown (implicit.py, dialogue.py, prompts.py).

document.parse reads the Markdown and hands each token here with its lines; nothing here reads
Markdown itself.
"""

from __future__ import annotations

import re
from typing import Any

from designlint.catalogue import Catalogue
from designlint.doc.dialogue import is_turn, turns
from designlint.doc.implicit import LABEL_KINDS, MARKED_KINDS, PART_LEVEL, STEP_LEVEL, STYLE_MIN, Implicit
from designlint.doc.items import ITEM_MARKER, list_items, nested_starts
from designlint.doc.marks import beside_hashes
from designlint.doc.model import Block, Item, Section
from designlint.doc.pieces import list_pieces, paragraph_pieces
from designlint.doc.styles import (
    BOLD_LABEL,
    STAR_LABEL,
    last_content_line,
    nothing_below,
    over_list,
    run_in_lead,
    run_in_words,
)
from designlint.doc.threads import chat_lines, comment_header, handle_of, is_remark, said_by
from designlint.doc.transcript_walk import TranscriptWalk

LABEL_LEVEL = 7


class Builder(TranscriptWalk):
    """Collects blocks into a section tree while walking tokens in order."""

    def __init__(self, lines: list[str], catalogue: Catalogue) -> None:
        super().__init__(lines)
        self.lines = lines
        self.catalogue = catalogue
        self.stack: list[dict[str, Any]] = [self._open(0, "", 1)]
        self.code_lines: set[int] = set()
        # For each kind of label naming a step ("colon", "line"): how many the doc has, and the
        # level a label of that kind naming nothing takes after the last of them (implicit.unnamed).
        self.styles: dict[str, tuple[int, int]] = {}
        self.headings = 0
        self.lone = False  # the doc writes its headings as short lines alone (alone.lone_lines)
        # the doc opens its paragraphs with lead phrases (True, leads.lead_labels), ordinal topics ("ordinal"),
        # a walkthrough's steps ("sequence") or an essay's topics ("essay"): see leads.opening
        self.leads: bool | str = False
        self.bold_run_ins = False  # the doc opens its paragraphs with bold labels (styles.heading_styles)
        self.star_labels = False  # the doc heads its parts with one-star labels, a chat app's bold (styles)
        self.run_ins = False  # the doc opens most paragraphs with a label run into the text (styles.heading_styles)
        self.thread = False  # the doc is a thread of comments, each a section (threads.is_thread)
        self.chat: frozenset[str] = frozenset()  # the speakers of a chat pasted as "Name: message"
        self.handles: frozenset[str] = frozenset()  # a chat's handles, typed line under line (threads.handles)
        self.label_below = STEP_LEVEL  # the level of a label naming nothing, after the last that named one
        self.marked = True  # the doc has Markdown headings below the title
        self.labelled = False  # a plain line has been read as a heading

    def _label(self, text: str) -> re.Match[str] | None:
        found = BOLD_LABEL.match(text) or (STAR_LABEL.match(text) if self.star_labels else None)
        # "**Me:**" alone over a diagram or a table: the speaker's turn goes on below, it heads nothing
        return None if found and self.is_speaker(found.group(1)) else found

    @staticmethod
    def _open(level: int, title: str, line: int, label: bool = False, implicit: str = "") -> dict[str, Any]:
        return {
            "level": level,
            "title": title,
            "line": line,
            "blocks": [],
            "children": [],
            "label": label,
            "implicit": implicit,
        }

    def heading(self, level: int, title: str, line: int, label: bool = False, implicit: str = "") -> None:
        if implicit != "dialogue":
            self.headings += 1
            if self.headings > 1:  # an opening exchange comes before any heading but the title
                self.exchange.state = "done"
            self.exchange.restart()  # turns split by a heading are not one exchange
        while self.stack[-1]["level"] >= level:
            self._close(line - 1)
        section = self._open(level, title, line, label, implicit)
        parent = self.stack[-1]
        # What the sections above say, kept on each so a block need not walk the stack to ask.
        section["transcript"] = parent.get("transcript", False) or implicit in ("dialogue", "prompt")
        section["labelled"] = parent.get("labelled", False) or implicit in LABEL_KINDS
        parent["children"].append(section)
        self.stack.append(section)

    def block(self, token: dict[str, Any], kind: str, line: int, end: int) -> None:
        if kind == "list" and (cut := self._turn_after_items(line, end)):
            # "- game archive\nI: Leave it out. What scale?": Markdown runs the next turns on into the last
            # item (a lazy continuation); in a transcript they are turns after the list.
            self.block(token, "list", line, cut - 1)
            self.block(token, "paragraph", cut, end)
            return
        text = "\n".join(self.lines[line - 1 : end])
        if kind == "paragraph" and is_remark(text):
            self._add(token, "comment", line, end)  # "[mentor: ...]": a reviewer's voice, aside as a comment is
            return
        label = self._label(text) if kind == "paragraph" else None
        if label is None and kind == "paragraph" and end > line and self._label(self.lines[line - 1]):
            # "**Embargo enforcement**" with its text on the next line: the label, then a paragraph of its own
            self.block(token, kind, line, line)
            self.block(token, kind, line + 1, end)
            return
        if label:
            while self.stack[-1]["implicit"] == "run-in":
                self._close(line - 1)  # a bold label is a heading of its own, not a sub-heading of a run-in part
            # In notes with no Markdown heading below the title, bold labels are the doc's headings.
            bold = "" if self.marked else "bold"
            self.heading(LABEL_LEVEL, label.group(1).strip(), line, label=True, implicit=bold)
            return
        if kind == "paragraph" and self.thread and self._comment(token, line, end):
            return
        run_in = run_in_lead(text) if kind == "paragraph" and self.bold_run_ins else None
        # "**Interviewer:** ..." is a turn; "**tomas** — today 20:14" a comment's header, read above
        if run_in and not is_turn(text, self.speakers) and not (self.thread and comment_header(self.lines[line - 1])):
            # "**Deep dive 1 – overflow:** Call enters ...": in notes headed this way the bold words head
            # the paragraph that goes on after them, which stays the section's text
            words, italic = run_in_words(run_in)
            self.heading(LABEL_LEVEL + 1 if italic else LABEL_LEVEL, words, line, label=True, implicit="bold")
        self._follow(kind, text, line)  # a transcript moving on to a step, or its reply naming a part
        items = list_items(self.lines, line, end) if kind == "list" else ()
        if kind in ("paragraph", "list") and self._split(token, kind, line, end, items):
            return
        self._add(token, kind, line, end, items)

    def _comment(self, token: dict[str, Any], line: int, end: int) -> bool:
        """A thread's comment opens a section of its own, its header line staying its text; a chat log's
        messages typed one a line in one paragraph are comments each (True: the paragraph is read)."""
        if len(spans := chat_lines(self.lines, line, end, self.handles)) > 1:
            for first, last in spans:
                self.block(token, "paragraph", first, last)
            return True
        said = said_by(self.lines[line - 1], self.chat) or handle_of(self.lines[line - 1], self.handles)
        if who := comment_header(self.lines[line - 1]) or said:
            while self.stack[-1]["implicit"] in ("run-in", "bold"):
                self._close(line - 1)
            self.heading(STEP_LEVEL, f"{who} commented", line, label=True, implicit="comment")
            if said:  # the message on the speaker's line is the comment's text; the name heads nothing more
                self._add(token, "paragraph", line, end)
                return True
            if end > line and BOLD_LABEL.match(self.lines[line]):
                # "**Scope I agreed with the interviewer**" right under the header heads the comment's text
                self._add(token, "paragraph", line, line)
                self.block(token, "paragraph", line + 1, end)
                return True
        return False

    def _split(self, token: dict[str, Any], kind: str, line: int, end: int, items: tuple[Item, ...]) -> bool:
        """Blocks and implicit headings for a paragraph or list holding lines that read as headings."""
        if kind == "paragraph":
            style = self._label_style()
            # The first line of plain notes is their title, not a section.
            # Turns carry a transcript: a short line in one is a name in an answer ("payments" over its fields).
            heads = not self._in_transcript() and not (self.stack[-1]["level"] == 0 and not self.stack[-1]["blocks"])
            listed = not self.marked and over_list(self.lines, line, end)  # a line alone over a list in plain notes
            lone: bool | str = heads and (self.lone or ("listed" if listed else False))
            plain = self._plain()
            said = self.exchange.state != "done" and len(set(turns(text_of(self.lines, line, end), self.speakers))) > 1
            asks = self._ask if self._in_transcript() or said else None
            # A line whose words are all a step's name heads a section despite sentence words only in
            # bare notes already written in label lines: alone, "What it has to do:" is a lead-in.
            bare = not self.marked and bool(style)
            leads = False if self._in_transcript() else self.leads
            pieces = paragraph_pieces(self.lines, line, end, self.catalogue, style, plain, lone, bare, asks, leads)
        else:
            numbered = self.styles.get("item", (0, 0))[0] >= STYLE_MIN
            starts = [item.line for item in items]
            pieces = list_pieces(self.lines, starts, end, self.catalogue, numbered, plain=not self.marked)
            # Notes written as one list under a title item ("- **Surge pricing**" over all the rest): when
            # the item labels nothing, the items one level down are the ones that may label sections.
            below = nested_starts(self.lines, line, end) if len(starts) == 1 and not self.marked else []
            if below and all(heading is None for heading, _, _ in pieces):
                inner = list_pieces(self.lines, below, end, self.catalogue, numbered, plain=True)
                if any(heading is not None for heading, _, _ in inner):
                    pieces = [(None, line, below[0] - 1), *inner]
        closing = pieces[-1][0]
        if kind == "paragraph" and closing is not None and nothing_below(self.lines, end, _hashed(closing)):
            pieces[-1] = (None, pieces[-1][1], pieces[-1][2])  # a label over nothing is the section's text
        if len(pieces) == 1 and pieces[0][0] is None:
            return False
        for heading, first, last in pieces:
            self._piece(token, kind, heading, first, last)
        return True

    def _label_style(self) -> dict[str, int]:
        """The kinds of label line ("colon", "line") that are the doc's headings, each with the level
        a label naming nothing takes: once STYLE_MIN labels of either kind have named steps or parts
        (notes mix "numbers" alone and "api:"), every kind used is, at the level after the last one."""
        used = {kind: self.styles[kind] for kind in ("colon", "line") if kind in self.styles}
        # In notes without Markdown headings one line alone that names a step ("Capacity estimation") is
        # enough: the next line of its shape ("Holding a seat") ends that step, or it would run on to the end.
        enough = 1 if not self.marked and "line" in used else STYLE_MIN
        if sum(count for count, _ in used.values()) < enough:
            return {}
        # Plain notes whose headings are lines alone also end a section at a colon label ("the fix, roughly:").
        kinds = [*used, "colon"] if not self.marked else list(used)
        return {kind: self.label_below for kind in kinds}

    def _plain(self) -> bool | str:
        """Inside notes written without Markdown headings: True under none but the title, an opening
        exchange or a run-in label ("loose" where the doc writes its sections as such labels); "labels" under a
        plain-line label, where only parts run in."""
        if self.styles or self.stack[-1].get("labelled"):
            return "labels"  # the doc writes its sections as label lines
        top = self.stack[-1]
        plain = top["level"] <= 1 or top["implicit"] in ("dialogue", "prompt", "run-in")
        # in notes opening most paragraphs with a label of their own, one naming nothing opens a section too
        return "loose" if plain and self.run_ins else plain

    def _piece(self, token: dict[str, Any], kind: str, heading: Implicit | None, first: int, last: int) -> None:
        if heading is not None:
            if heading.kind == "prompt":
                self.exchange.state = "done"  # the chat has moved past its requirements
            self._implicit(heading, first)
            return
        last = last_content_line(self.lines, first, last)
        while first < last and not self.lines[first - 1].strip():
            first += 1
        if self.lines[first - 1].strip():
            is_list = kind == "list" and ITEM_MARKER.match(self.lines[first - 1])
            self._add(token, "list" if is_list else "paragraph", first, last)

    def _implicit(self, heading: Implicit, line: int) -> None:
        level = heading.level
        top = self.stack[-1]
        other_step = heading.step and top.get("step") != heading.step
        if level == PART_LEVEL and top["implicit"] and top["level"] == STEP_LEVEL and other_step:
            level = STEP_LEVEL  # a part of another step ends the plain-line step above it
        plain_level, level = level, level if self.marked else beside_hashes(self.stack, heading, level)
        if heading.kind == "colon" and not heading.step and top["implicit"] == "bold":
            level = LABEL_LEVEL + 1  # "Send path:" under "**Gateway**" in notes headed by bold lines is its part
        self.heading(level, heading.title, line, label=heading.kind not in MARKED_KINDS, implicit=heading.kind)
        self.stack[-1]["step"], self.stack[-1]["beside"] = heading.step, level != plain_level
        self.stack[-1]["after_label"], self.labelled = self.labelled, True
        if heading.kind == "item" and heading.step:
            self.styles["item"] = (self.styles.get("item", (0, level))[0] + 1, STEP_LEVEL)
        if heading.kind in ("colon", "line") and heading.step:
            # A label naming nothing nests under a step's label (the dives under "Deep dive") but
            # follows a part's label as its sibling (a part has no sections of its own in notes).
            count = self.styles.get(heading.kind, (0, level))[0]
            # Only the deep dive has sections of its own in notes: the dives under "Deep dive".
            dives = heading.level == STEP_LEVEL and heading.step == "deep-dive"
            # After the requirements' parts, a label naming nothing is the next step ("Size", "Picture"):
            # the requirements' parts are always named, so it is no part of theirs.
            ends = heading.step == "requirements" and level == PART_LEVEL
            self.label_below = min(LABEL_LEVEL, level + 1) if dives else STEP_LEVEL if ends else level
            self.styles[heading.kind] = (count + 1, self.label_below)

    def _add(
        self, token: dict[str, Any], kind: str, line: int, end: int, items: tuple[Item, ...] | None = None
    ) -> None:
        text = "\n".join(self.lines[line - 1 : end])
        info = (token.get("attrs") or {}).get("info") or ""
        if items is None:  # a piece of a split list: its items are read again from its own lines
            items = list_items(self.lines, line, end) if kind == "list" else ()
        if kind == "code":
            self.code_lines.update(range(line, end + 1))
        blocks = self.stack[-1]["blocks"]
        blocks.append(Block(kind, line, end, text, info.strip(), items))
        if self.exchange.state != "done":
            opened = self.exchange.see(len(blocks) - 1, text, kind)
            if opened is not None:
                self._open_exchange(opened, blocks)

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
    blocks = tuple(raw["blocks"])
    return Section(raw["level"], raw["title"], raw["line"], end, blocks, children, raw["label"], raw["implicit"])


def text_of(lines: list[str], start: int, end: int) -> str:
    return "\n".join(lines[start - 1 : end])


def _hashed(heading: Implicit) -> int:
    """The level of a `##Heading` label, which a deeper one may follow as its first subsection; 0 for others."""
    return heading.level if heading.kind == "hashes" else 0
