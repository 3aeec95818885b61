"""H003: under a data heading, a list whose items are each an entity and its fields in plain words, as writers
outside software put them ("Member: name, home address, phone number, membership type"), is a data model. Items
that name kinds of data, products or qualities after their colon are not, nor is such a list outside a data
heading."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Allotment garden plots

## Requirements

- members rent a plot per year; the board sees who pays and who waits

## High-level design

One small web app with a database; the treasurer exports payments once a month.

{model}
"""

ENTITIES = """## Data

What the board must enter before the season starts:

- Member: name, home address, phone number, membership type, joined since
- Plot: number, size in m², water tap yes/no, status (free / rented / blocked)
- Payment: member, amount, paid date, method (cash / transfer)"""


@pytest.mark.parametrize(
    "model",
    [
        ENTITIES,
        "## Data model\n\n- **Waiting list entry**: member, request date, wanted size, remark",
    ],
)
def test_entities_with_fields_in_plain_words_are_a_data_model(model: str) -> None:
    assert messages(DOC.format(model=model), "H003") == []


@pytest.mark.parametrize(
    "model",
    [
        "## Data\n\n- Files: photos, invoices, scanned contracts, exports\n- Database: Postgres, boring and known",
        "## Data\n\n- Postgres: fast, cheap, well known, easy to back up",
        "## Notes\n\n- Member: name, home address, phone number, membership type",
    ],
)
def test_kinds_of_data_qualities_or_a_list_outside_a_data_heading_are_no_data_model(model: str) -> None:
    assert messages(DOC.format(model=model), "H003")
