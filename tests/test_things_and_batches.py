"""Two shapes of working that are no product to compare: a count of things stated for a product that carries the
size of each, and a price for a batch of things written as a division (estimate/unwritten.py)."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips

COUNTED = [
    "- 8 partitions × 200GB × 2 copies = 16 brokers",
    "- index ~400GB -> 20 shards × 20GB ×3 replicas = 60 nodes, fine for one cluster",
    "- 12 racks x 40 TB each = 12 cabinets to order",
]

PRICED = [
    "- hosted transcription @ $0.80 / 1k minutes → $2.4k/mo",
    "- SMS gateway: €4 / 1000 messages -> €120 a month",
]

STILL_CHECKED = [
    ("- 8 partitions × 200GB × 2 copies = 32 TB", "3.2 TB"),
    ("- 4 GB / 8 bytes = 5 million ids", "500,000,000"),
    ("- 3M users × 2KB = 6 million", "6,000,000,000"),
    ("- 6M pages / 1k pages x $1.50 = $90", "9,000"),
]


@pytest.mark.parametrize("line", COUNTED)
def test_a_count_of_things_of_a_size_is_no_amount_of_bytes(line: str) -> None:
    assert arithmetic_slips(line, "Queue cluster") == []


@pytest.mark.parametrize("line", PRICED)
def test_a_price_per_batch_is_no_quotient(line: str) -> None:
    assert arithmetic_slips(line, "Transcripts") == []


@pytest.mark.parametrize(("line", "computed"), STILL_CHECKED)
def test_sizes_counts_and_prices_worked_through_are_still_checked(line: str, computed: str) -> None:
    messages = arithmetic_slips(line, "Queue cluster")
    assert len(messages) == 1 and computed in messages[0]
