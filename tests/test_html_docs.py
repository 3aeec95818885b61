"""Write-ups pasted as HTML into a Markdown file: headings, lists and paragraphs written as tags are read as
the sections and lists they show (doc/html.py); other tags stay text."""

from __future__ import annotations

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import lint_string

DOC = """<h2>Parcel lockers - design notes</h2>

<p>Couriers drop parcels into lockers and customers pick them up with a code.</p>

<h2>What it has to do</h2>
<ul>
  <li>drop a parcel into a free compartment</li>
  <li>send the customer a pick-up code</li>
  <li>open the door when the code is typed</li>
</ul>

<h2>Storage</h2>
<ul>
  <li><b>parcel</b> (parcel_id PK, locker_id, compartment, code_hash, dropped_at, picked_at)</li>
</ul>

<h2>Design</h2>
<p>An app calls the locker service, which keeps compartments in Postgres &amp; pushes codes to lockers.</p>
"""


def test_html_headings_and_lists_are_sections_and_items() -> None:
    doc = parse(DOC)
    assert [(s.title, s.line) for s in doc.sections()] == [
        ("Parcel lockers - design notes", 1),
        ("What it has to do", 5),
        ("Storage", 12),
        ("Design", 17),
    ]
    features = next(s for s in doc.sections() if s.line == 5).blocks[0]
    assert features.kind == "list" and len(features.items) == 3
    steps = build_outline(doc, load_catalogue()).steps
    assert [s.line for s in steps["requirements"]] == [5] and [s.line for s in steps["high-level"]] == [17]


def test_a_field_list_pasted_as_html_is_a_data_model_and_features_in_items_are_counted() -> None:
    assert lint_string(DOC, select=("H003", "R001")) == []
    assert [f.rule_id for f in lint_string(DOC.replace("(parcel_id PK, locker_id, compartment, code_hash, "
                                                       "dropped_at, picked_at)", ""), select=("H003",))] == ["H003"]


def test_other_html_stays_one_block() -> None:
    doc = parse("# Notes\n\n<div class=\"note\">\nA note about lockers.\n</div>\n")
    assert [b.kind for b in doc.root.children[0].blocks] == ["html"]


def test_a_details_summary_heads_what_the_details_hold() -> None:
    text = DOC + (
        "<details>\n<summary>Deep dive 1: lockers offline</summary>\n"
        "<p>A locker keeps the day's codes and opens for them offline; door events queue and replay later.</p>\n"
        "</details>\n<details>\n<summary>Deep dive 2: expired parcels</summary>\n"
        "<p>A nightly job flags parcels left past three days and texts the courier to collect them.</p>\n</details>\n"
    )
    sections = [(s.level, s.title) for s in parse(text).sections()]
    assert sections[-2:] == [(3, "Deep dive 1: lockers offline"), (3, "Deep dive 2: expired parcels")]
    steps = build_outline(parse(text), load_catalogue()).steps
    assert [s.title for s in steps["deep-dive"]] == ["Deep dive 1: lockers offline", "Deep dive 2: expired parcels"]
