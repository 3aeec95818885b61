"""H003: calls named in lowerCamelCase with their arguments ("`placeBid(lotId, amount)`, `acceptBid(lotId,
bidId)`") are an API's operations, not records with fields, even after a label ("Me: ..."); records named in
PascalCase or snake_case with their fields still lay out a data model."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Cattle auction

## Requirements

- Buyers bid online on the lot in the ring; the clerk accepts bids and hammers the lot.

## High-level design

Me: Three calls. {calls} The sale actor orders every bid.

## Deep dives

### Bid ordering

One actor per sale takes the bids one at a time, so two bids at the same price never both win.
"""


def _no_data_model(calls: str) -> bool:
    return [f.rule_id for f in lint_string(DOC.format(calls=calls), select=("H003",))] == ["H003"]


def test_method_calls_in_camel_case_are_no_records() -> None:
    calls = "`placeBid(lotId, bidderId, amount)` returns the price; `acceptBid(lotId, bidId)` and `closeLot(lotId, outcome)`."
    assert _no_data_model(calls)


def test_records_named_in_snake_or_pascal_case_still_count() -> None:
    assert not _no_data_model("`bids(lot_id, bidder_id, amount)` and `lots(lot_id, sale_id, status)` are stored.")
    assert not _no_data_model("Stored: Bid(lot_id, bidder_id, amount), Lot(lot_id, sale_id, status).")
