"""A title on a paragraph's own first line, its text right below with no blank line between, heads that text
as a label does: notes write "pastebin evolution" over "v3 -> pg sharded on hash(id)"."""

from __future__ import annotations

from designlint.doc.labels import title_line

from conftest import lint_string

HEAD = """# Paste service

## Requirements

- Save a paste and share its link.

## High-level design

One API writes pastes to Postgres.

## Deep dives

### Reads

Reads hit Postgres by id.

"""


def _d006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D006",))] == ["D006"]


def test_a_title_line_over_its_text_heads_it() -> None:
    stages = "store evolution\nv1 -> one Postgres\nv2 -> Postgres sharded on hash(paste_id)"
    assert not _d006(stages)
    # the same lines with no title: a sharded store is only the base design
    assert _d006(stages.split("\n", 1)[1])


def test_what_makes_a_title_line() -> None:
    assert title_line("store evolution\nv1 -> one Postgres") == "store evolution"
    assert title_line("5.2 Adding capacity\nWe add nodes.") == "Adding capacity"
    # a sentence wrapped after a few words, a line alone, and a long first line are no title
    assert title_line("In the beginning we keep\nthe whole index on one machine.") == ""
    assert title_line("store evolution") == ""
    assert title_line("the store grows a little every month and\nthen we split it.") == ""
