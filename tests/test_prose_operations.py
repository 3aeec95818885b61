"""H001: an operation told in prose by its code-style name and what it carries, and a webhook by the fields it
gets. A name alone, or a call that carries nothing named, defines none."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Bake sale bids\n\n## Requirements\n\n- Bidders bid on cakes until the sale closes.\n\n## Design\n\n"


def _h001(body: str) -> bool:
    return "H001" in [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H001",))]


@pytest.mark.parametrize(
    "operation",
    [
        "Bids come in through a PlaceBid call that carries the cake id, the bidder id, and the amount.",
        "The payment webhook gets `order_id`, `status` and `paid_at` from the provider.",
    ],
)
def test_an_operation_told_in_prose_with_its_inputs_is_an_api(operation: str) -> None:
    assert not _h001(operation)


@pytest.mark.parametrize(
    "mention",
    [
        "Bids come in through a PlaceBid call, and the sale service keeps the highest one.",
        "The payment webhook tells us when an order is paid.",
    ],
)
def test_a_name_alone_defines_no_operation(mention: str) -> None:
    assert _h001(mention)
