"""H005: a record's states joined by arrows ("`status` goes `held → paid → picked_up`", "order state: created ->
paid -> shipped") draw a lifecycle, not the architecture; a flow of components in code on a line still does."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Bakery pre-orders

## Requirements

- Customers pre-order pastries for a pickup slot.

## High-level design

One small web app and a managed Postgres; Stripe hosts the payment page and calls a webhook.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "`status` goes `held → paid → picked_up`, or `held → expired`.",
        "Order state: created -> paid -> picked_up -> archived",
        "The lifecycle = held -> paid -> refunded -> closed",
    ],
)
def test_a_lifecycle_is_no_diagram(line: str) -> None:
    assert messages(DOC.format(line=line), "H005")


def test_a_flow_of_components_in_code_is_one() -> None:
    assert messages(DOC.format(line="Flow: `browser -> web app -> postgres`, with Stripe beside it."), "H005") == []
