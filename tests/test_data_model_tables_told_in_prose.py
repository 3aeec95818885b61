"""H003: a table's fields told in a sentence are a data model, as notes and blog posts tell them: a table of things
"each with" its fields ("an append-only table of stamp events, each with the customer, the shop, a timestamp and
an idempotency key"), a named table and its fields after a colon ("Catalogue table: ISBN as key, title, author,
price"), and a table's name in backticks before its fields ("`members`: id, name, postal address, `prefers_post`
flag"). Tables named after "Tables:" are names without fields, and a table "of" things with no fields says none."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Coffee loyalty stamps

## Requirements

- a barista stamps a card at the till
- the tenth drink is free

## Design

The tills talk to one small service in front of Postgres.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "I'd store a ledger: an append-only table of stamp events, each with the customer, the shop, the till, a "
        "timestamp and an idempotency key made on the till.",
        "Card table: card number as key, customer, issued on, stamps so far. Shop table, obviously small.",
        "The core tables. `customers`: id, name, email, `signed_up_at` date, home shop.",
    ],
)
def test_a_tables_fields_told_in_prose_are_a_data_model(line: str) -> None:
    assert messages(_DOC.format(line=line), "H003") == []


@pytest.mark.parametrize(
    "line",
    [
        "Tables: customers, shops, tills, stamp events, rewards.",
        "An append-only table of stamp events keeps the history; the balance is a sum over it.",
    ],
)
def test_table_names_or_a_table_without_fields_are_no_data_model(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "H003")) == 1
