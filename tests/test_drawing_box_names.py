"""In notes without Markdown headings, a short line over the lines of an ASCII drawing typed without a code block
("phone / web" over "      |  https + ws") names a box of the drawing, not a section; a short line over prose
still heads it."""

from __future__ import annotations

from designlint.doc.document import parse

NOTES = """family calendar - practice

Functional
- family members share events; edits show up on everyone's phone

3. High level design

  {first}
      |  https + ws
  [ LB ]
    |          \\
 [api svc]    [ws gateway] <--- redis pubsub ---+
    |                                            |
 [postgres] -------- on write: publish ----------+

Recurring events
an event stores its rule and its time zone by name; an edit to one occurrence is an override keyed by its start,
and an edit to "this and following" splits the series in two at that occurrence.
"""


def _titles(first: str) -> list[str]:
    return [s.title for s in parse(NOTES.format(first=first)).sections()]


def test_a_box_name_over_a_drawing_heads_nothing() -> None:
    titles = _titles("phone / web")
    assert "phone / web" not in titles
    assert "Recurring events" in titles  # a short line over prose still heads it

