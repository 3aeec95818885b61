"""R001: features lettered as typed text letters them ("a) ...", "b) ..."), an item wrapped onto the next line,
indented or broken mid-clause, are still read one feature an item, the wrapped line no item of its own."""

from __future__ import annotations

from designlint.checks.plain_lists import lettered
from designlint.doc.document import Block

from conftest import lint_string

DOC = "# Dance school courses\n\n## Scope\n\nThe new system must support:\n\n{}\n\n## Design\nOne web app and a database.\n"


def _r001(items: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(items), select=("R001",))]


def test_lettered_items_wrapped_onto_an_indented_line_are_features() -> None:
    items = (
        "a) Courses per term with teacher, room and weekday\n"
        "b) Registration by parents, with a waiting list when a course is\n"
        "   full\n"
        "c) Invoices per term and a reminder when a payment is late"
    )
    assert not _r001(items)


def test_lettered_items_wrapped_mid_clause_are_features() -> None:
    items = (
        "a) Courses per term with teacher, room and\n"
        "weekday\n"
        "b) Registration by parents\n"
        "c) Invoices per term and reminders"
    )
    assert not _r001(items)


def test_a_wrapped_line_is_no_item_of_its_own() -> None:
    items = "a) Courses per term with teacher, room and weekday, shown to\n   parents on the website\nb) Registration"
    assert any("listed: 2" in message for message in _r001(items))


def test_a_plain_sentence_after_an_item_that_ends_its_clause_makes_no_list() -> None:
    text = "a) Courses per term. Then more on rooms\nThe office asked for this.\nb) Registration"
    assert lettered(Block("paragraph", 5, 7, text)) is None
