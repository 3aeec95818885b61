"""D006: a way to spread load held back until the load asks for it ("big queues could be split by rating band, but
don't split until needed") is a scaling path, as "if needed" already was. "Until needed" of something other than a
way to grow ("keep the logs until needed for an audit") is none."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


def test_a_split_held_back_until_needed_is_a_scaling_path() -> None:
    assert not _d006("- big match queues could be split by rating band, but don't split until needed")


@pytest.mark.parametrize(
    "stays",
    ["- keep the order logs until needed for an audit, then delete", "- one queue per region; retries wait until needed"],
)
def test_until_needed_without_a_way_to_grow_is_none(stays: str) -> None:
    assert _d006(stays)
