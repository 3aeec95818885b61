"""D006: a mechanism for growth counts when the sentence before it in the same paragraph says the load has
outgrown one machine ("300 million rows, so not one comfortable machine any more. I'd partition by region")."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Store stock lookup

## Requirements

- Shoppers see which nearby stores have an item in stock.

## High-level design

Stores send stock events; a consumer writes one row per store and SKU; the app reads those rows.

## Deep dive: the stock table

Each event carries a sequence number and older ones are dropped. {before} I'd partition the stock table by region,
with the event partitions lined up with the regions.
"""


@pytest.mark.parametrize(
    "before",
    [
        "With partner chains it is 300 million rows, so not one comfortable machine any more.",
        "Once partners join, the table will not fit on one database any longer.",
        "Later, with partner chains, the rows triple.",
    ],
)
def test_growth_told_in_the_sentence_before_makes_a_scaling_path(before: str) -> None:
    assert messages(DOC.format(before=before), "D006") == []


def test_a_partition_with_no_growth_around_it_is_the_base_design() -> None:
    assert messages(DOC.format(before="The rows are small, about 100 bytes."), "D006")
