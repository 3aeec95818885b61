"""E002: a share of a count and what it comes to in words ("with a failure rate around 1% across 10,000 drives
we lose about 1,000 a year", "20% of 5M riders is 1M") is the count times the share; a share that says what
something is ("99.9% of requests are under 200 ms", "30% of stores are 600 km away") states no product."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Cold storage\n\n## Estimation\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "With a yearly failure rate near 2% across 5,000 disks we lose about 1,000 disks a year.",
        "About 20% of 5M riders is 10M at the morning peak.",
        "At 3% across 40,000 parcels that's 12,000 returns a month.",
    ],
)
def test_a_wrong_share_is_an_error(text: str) -> None:
    assert len(_e002(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "With a yearly failure rate near 2% across 5,000 disks we lose about 100 disks a year.",
        "About 20% of 5M riders is 1M at the morning peak.",
        "99.9% of 1,000 requests are under 200 ms.",
        "About 30% of 2,000 stores are 600 km from a depot.",
    ],
)
def test_a_right_share_or_a_description_is_none(text: str) -> None:
    assert _e002(text) == []
