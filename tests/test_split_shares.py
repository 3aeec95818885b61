"""E002: shares of a whole written with a slash ("80/20 read/write", "90/10 split") split a load and divide nothing;
a division of figures that do not add up to a hundred is still checked."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Cache")


@pytest.mark.parametrize(
    "line",
    [
        "- traffic: 1M qps peak, 80/20 read/write -> 800k reads, 200k writes",
        "- 90/10 reads/writes => 900 reads/s",
        "- 70/30 split -> 7k hits/s from cache",
    ],
)
def test_a_split_in_per_cent_is_no_division(line: str) -> None:
    assert _slips(line) == []


def test_a_division_that_is_no_split_is_still_checked() -> None:
    assert _slips("- 60/20 = 4 shards") == ["60/20 evaluates to 3, stated 4 shards (33% off)"]
