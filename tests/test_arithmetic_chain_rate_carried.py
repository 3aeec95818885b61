"""E002: a chain whose middle figure is a rate ("4k/day * 365 = 15m orders/yr, ~1KB each -> 15GB/yr") judges both
steps: the figure carried into the next step is still the first step's result, so a slip in it is read."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Parcel lockers\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "- storage: 4k/day * 365 = 15m orders/yr, ~1KB each -> 15GB/yr",
        "- 2k signups/day x 30 = 600k signups/month x 3 KB = 1.8 GB/month",
    ],
)
def test_a_slip_in_the_carried_rate_is_an_error(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert "10 times too large" in found[0]


def test_the_step_after_the_carried_rate_is_still_judged() -> None:
    assert len(_e002("- storage: 4k/day * 365 = 1.5m orders/yr * 1KB = 15GB/yr")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "- storage: 4k/day * 365 = 1.5m orders/yr, ~1KB each -> 1.5GB/yr",
        "- 2k signups/day x 30 = 60k signups/month x 3 KB = 180 MB/month",
        "- 20 rps * 3 = 60 rps * 10 servers = 600 rps",
    ],
)
def test_a_right_chain_is_clean(text: str) -> None:
    assert _e002(text) == []
