"""The document model: sections and blocks with the lines an editor shows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designlint.doc.document import parse

SAMPLE = """\
---
title: Paste service
---
Paste service
=============

Intro line one
line two.

- first item
- second item
  continued

  second paragraph of the item
- third item

| field | type |
|-------|------|
| id    | int  |

```mermaid
graph LR
```

<!-- designlint-disable R002 -->

> quoted
> text

    indented code

## Estimates ##
Setext two
----------
**Functional:**
- a thing
"""


def _blocks(doc):
    return [(b.kind, b.line, b.end_line) for b in doc.blocks()]


def test_every_block_kind_has_its_source_lines() -> None:
    doc = parse(SAMPLE)
    assert _blocks(doc) == [
        ("paragraph", 7, 8),
        ("list", 10, 15),
        ("table", 17, 19),
        ("code", 21, 23),
        ("comment", 25, 25),
        ("quote", 27, 28),
        ("code", 30, 30),
        ("list", 36, 36),
    ]


def test_list_items_have_lines_and_text() -> None:
    items = next(b for b in parse(SAMPLE).blocks() if b.kind == "list").items
    assert [(i.line, i.text.split("\n")[0]) for i in items] == [
        (10, "first item"),
        (11, "second item"),
        (15, "third item"),
    ]


def test_headings_atx_setext_and_labels() -> None:
    doc = parse(SAMPLE)
    got = [(s.level, s.title, s.line, s.label) for s in doc.sections()]
    assert got == [
        (1, "Paste service", 4, False),
        (2, "Estimates", 32, False),
        (2, "Setext two", 33, False),
        (7, "Functional", 35, True),
    ]


def test_front_matter_is_kept_aside() -> None:
    doc = parse(SAMPLE)
    assert doc.front_matter is not None
    assert (doc.front_matter.kind, doc.front_matter.text, doc.front_matter.end_line) == (
        "yaml",
        "title: Paste service",
        3,
    )
    toml = parse('+++\ntitle = "x"\n+++\n# T\n')
    assert toml.front_matter is not None and toml.front_matter.kind == "toml"
    assert [s.line for s in toml.sections()] == [4]


def test_code_info_string_and_code_lines() -> None:
    doc = parse(SAMPLE)
    code = next(b for b in doc.blocks() if b.kind == "code")
    assert code.info == "mermaid"
    assert {21, 22, 23, 30} <= doc.code_lines


def test_crlf_bom_and_tabs_keep_lines() -> None:
    text = "\ufeff# Title\r\n\r\n-\tone\r\n-\ttwo\r\n\r\n## Next\r\ntext\r\n"
    doc = parse(text)
    assert [(s.title, s.line) for s in doc.sections()] == [("Title", 1), ("Next", 6)]
    assert _blocks(doc) == [("list", 3, 4), ("paragraph", 7, 7)]


def test_hash_lines_inside_code_are_not_headings() -> None:
    doc = parse("# Real\n\n```python\n# not a heading\n```\n")
    assert [s.title for s in doc.sections()] == ["Real"]


def test_section_tree_nests_by_level_and_ends_before_the_next_peer() -> None:
    doc = parse("# A\n\n## B\n\ntext\n\n### C\n\nmore\n\n## D\n")
    top = doc.root.children[0]
    assert [c.title for c in top.children] == ["B", "D"]
    b = top.children[0]
    assert (b.line, b.end_line, [c.title for c in b.children]) == (3, 10, ["C"])


def test_empty_and_whitespace_documents() -> None:
    assert list(parse("").sections()) == []
    assert list(parse("\n\n  \n").blocks()) == []


def test_deep_nesting_does_not_crash() -> None:
    text = "> " * 500 + "deep\n" + "- " * 500 + "list\n"
    doc = parse(text)
    assert [b.kind for b in doc.blocks()]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#-*>|`~ \t\n=_[]()!<>0123456789abc\r\ufeff")), max_size=300))
def test_any_text_parses_with_lines_in_range(text: str) -> None:
    doc = parse(text)
    count = max(len(doc.lines), 1)
    for section in doc.sections():
        assert 1 <= section.line <= section.end_line <= count
    for block in doc.blocks():
        assert 1 <= block.line <= block.end_line <= count


def test_bullets_typed_as_characters_make_a_list() -> None:
    text = "Notes\n\nWhat it has to do\n• ingest samples\n• query them\n• downsample old data\n"
    blocks = [b for s in parse(text).sections() for b in s.blocks] + list(parse(text).root.blocks)
    lists = [b for b in blocks if b.kind == "list"]
    assert [item.text for b in lists for item in b.items] == ["ingest samples", "query them", "downsample old data"]
    # the lines stay as written
    assert parse(text).lines[3] == "• ingest samples"



@pytest.mark.parametrize("arrow", ["→", "->"])
def test_points_led_by_arrows_make_a_list(arrow: str) -> None:
    text = f"Notes\n\nok so reqs:\n{arrow} ingest samples\n{arrow} query them\n{arrow} downsample old data\n"
    lists = [b for b in parse(text).blocks() if b.kind == "list"]
    assert [item.text for b in lists for item in b.items] == ["ingest samples", "query them", "downsample old data"]
    assert parse(text).lines[3] == f"{arrow} ingest samples"
    # an arrow inside a line draws a flow, as before
    assert not [b for b in parse("Notes\n\napp -> gateway -> db\n").blocks() if b.kind == "list"]


EXPORTED = (
    "Parking app debrief\n\n\nStep 1  -  Requirements\n\n"
    "        ●   drivers reserve a bay for a time window and pay in the app\n"
    "        ●   operators see how full each garage is and can close a level\n\n"
    "Step 4  -  Deep dive  :  double bookings\n\n"
    "        Two ways I described  :  a row lock on the bay , or one writer per garage reading a queue in order .\n"
    "        I picked the row lock , the garages are small and contention is low , so one path is simpler .\n"
    "        ->  a writer per garage only if one garage ever gets hot enough to need it .\n"
)


def test_prose_indented_as_a_word_processor_exports_it_is_text_not_code() -> None:
    doc = parse(EXPORTED)
    kinds = [(b.kind, b.line) for b in doc.blocks() if b.line > 5]
    # the point led by "->" under the paragraph is a list of its own, as a typed bullet's would be
    assert kinds == [("list", 6), ("paragraph", 11), ("list", 13)]
    assert [b for b in doc.blocks() if b.kind == "list"][0].items[0].text.startswith("drivers reserve a bay")


def test_code_names_and_drawings_indented_stay_code() -> None:
    for body in (
        "        bays\n              bay_id        pk\n              garage_id\n",
        "        reserve(bay_id, window) -> {reservation_id}\n        cancel(reservation_id)\n",
        "        +--------+      +---------+\n        | client | ---> | garages |\n        +--------+      +---------+\n",
    ):
        doc = parse("Parking\n\nStep 3  -  Design\n\n" + body)
        assert [b.kind for b in doc.blocks() if b.line > 3] == ["code"], body


def test_a_review_thread_indented_under_its_paragraph_is_text() -> None:
    body = (
        "Parking\n\n## Design\n\nBays are held in Redis with a TTL, not in the garage database.\n\n"
        "    [comment] Ana: why not hold them in Postgres? one store fewer to keep in sync\n"
        "    [reply] Tomas: considered it. A hold is written and expired thousands of times a minute at the\n"
        "    morning peak, and the database would carry all of that for rows that live ten minutes.\n"
        "    [reply] Ana: fine, put that in the doc\n"
    )
    assert [(b.kind, b.line) for b in parse(body).blocks() if b.line > 3] == [("paragraph", 5), ("paragraph", 7)]
    # a tag over code stays code
    tagged = "Parking\n\n## Design\n\n    [config] hold_ttl = 600;\n    [config] max_holds = 4;\n"
    assert [b.kind for b in parse(tagged).blocks() if b.line > 3] == ["code"]


def test_indented_prose_may_name_a_call_in_one_sentence_and_use_dashes_for_points() -> None:
    body = (
        "Parking\n\nStep 4  -  Picking a bay\n\n"
        "    Option B  —  hashing :  bay = hash(driver_id + garage salt) mod 200 , the garage maps ranges to levels .\n"
        "        +  no lookup on the way in , any gate computes it from the cached config\n"
        "        –  changing the ranges mid-day moves some drivers , so we only change them overnight\n"
        "    We pick B .  It takes the network off the way in , which is what the gates need most .\n"
    )
    assert "code" not in [b.kind for b in parse(body).blocks()]
