"""D004: a way said to be awkward to grow or change ("timing wheel = fine if single node, annoying to shard",
"painful to migrate later", "tricky to partition") names what it costs, as "hard to scale" does; awkward to do
something no design weighs ("annoying to type", "tricky to say") costs nothing."""

from __future__ import annotations

import pytest
from test_weighed_notes import _d004


@pytest.mark.parametrize(
    "cost",
    [
        "- timing wheel = fine if single node, annoying to shard",
        "- one table per tenant: painful to migrate later",
        "- a global counter is tricky to partition",
    ],
)
def test_a_way_awkward_to_grow_or_change_names_its_cost(cost: str) -> None:
    assert not _d004(f"- deadlines kept in a sorted index\n{cost}\n")


@pytest.mark.parametrize("said", ["- the check URLs are annoying to type", "- how long a sweep takes is tricky to say"])
def test_awkward_to_do_what_no_design_weighs_costs_nothing(said: str) -> None:
    assert _d004(f"- deadlines kept in a sorted index\n{said}\n")
