"""H001: a record written as name(fields) under the data model's title ("settlement_batches(batch_id, network,
status)") is a table, not an operation given by its signature; the same line elsewhere still is one."""

from __future__ import annotations

from conftest import messages

DOC = """# Fleet fuel cards

## What it does

- drivers pay for fuel with a company card; fleet managers set limits per card
- out of scope: invoicing

## Shape

pump terminal -> card network -> auth service -> Postgres; a nightly job settles with the networks.

## {title}

- cards(card_id PK, fleet_id, status, daily_limit)
- settlement_batches(batch_id, network, biz_date, status, total_cents)
"""


def _h001(title: str) -> list[str]:
    return messages(DOC.format(title=title), "H001")


def test_records_under_the_data_model_are_no_api() -> None:
    assert _h001("Tables")


def test_signatures_elsewhere_still_are() -> None:
    assert _h001("Calls") == []
