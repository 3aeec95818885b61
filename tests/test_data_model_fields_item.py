"""H003: a list item that says its own items are fields ("- fields" over "  - title: text (analyzer)", "  - price:
scaled long per market (cents), not float") lays out a stored record under any heading, notes after each field or
not. A request's, a reply's or a webhook's fields are an API's, a page's columns are shown, not stored, and an item that
names fields with nothing under it shows none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Shop search\n\n## Requirements\n- search products by text\n\n"
    "## Design\nAn API in front of a search cluster.\n\n## {}\n\n- one index per market\n{}\n"
)
FIELDS = (
    "  - title: text (language analyzer) + keyword copy for exact matches\n"
    "  - brand, category_path: keyword (facets)\n"
    "  - price: scaled long per market (cents), not float\n"
    "  - stock_flag: bool on the variant, updated on its own\n"
    "  - popularity, rating: numeric for ranking\n"
)


def _h003(heading: str, item: str) -> bool:
    return bool(lint_string(DOC.format(heading, item), select=("H003",)))


@pytest.mark.parametrize(
    "item", ["- fields\n" + FIELDS, "- product document fields:\n" + FIELDS, "- columns\n" + FIELDS]
)
def test_an_item_of_fields_lays_out_a_record(item: str) -> None:
    assert not _h003("Index design", item)


@pytest.mark.parametrize(
    "item",
    [
        "- request fields\n" + FIELDS,
        "- response fields:\n" + FIELDS,
        "- search payload fields:\n" + FIELDS,
        "- returned fields\n" + FIELDS,
        "- webhook fields\n" + FIELDS,
        "- search page columns\n" + FIELDS,
        "- fields: see the mapping file",
    ],
)
def test_a_requests_fields_or_a_bare_label_lay_out_none(item: str) -> None:
    assert _h003("Index design", item)
