"""D006: growth to a wider reach said as a condition in the past tense ("If it ever grew to the whole county, I
would split it: one database per depot") puts the split after it in growth; the same split said of today, or after
"grew" that is no growth ("if it ever grew dark early"), is the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "If it ever grew to the whole county, around thirty depots, I would split it the other way: one database "
        "per depot and a nightly rollup for the county reports.",
        "Once the club expanded into the neighbouring valleys, I'd shard the bookings by valley.",
    ],
)
def test_growth_said_as_a_condition_puts_the_split_in_growth(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "There is one database per depot and a nightly rollup for the county reports.",
        "If it ever grew dark early, the vans would go back first and I'd shard the logs by depot.",
    ],
)
def test_the_split_with_no_growth_named_is_the_base_design(stays: str) -> None:
    assert _d006(stays)
