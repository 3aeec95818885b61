"""D006: a part spread across more engines as the product carries more of something ("as we list more markets
I'd spread markets across engines"), and the busiest given one each ("the busiest few get an engine each"), are
a scaling path; the same spread with no growth said is the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "Me: one engine holds every market today. As we list more markets I'd spread markets across engines.",
        "Me: one engine holds every market today. As we host more markets the busiest few get an engine each.",
    ],
)
def test_spread_or_one_each_as_more_comes_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


def test_the_spread_with_no_growth_said_is_the_base_design() -> None:
    assert _d006("Me: markets are spread across engines by a hash of the market id.")
