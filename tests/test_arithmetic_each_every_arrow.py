"""E002: things that each act once per span with the rate after a double arrow, as notes write it ("8k
shoppers on the page, hitting refresh every 4s => ~2k qps"), are the count over the span."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Ticket drop\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "~8k shoppers sitting on the page hitting refresh every 4s => ~20k qps at the drop",
        "40k kiosks online, one heartbeat every 10s ⇒ 40k/s",
    ],
)
def test_a_wrong_rate_after_an_arrow_is_an_error(text: str) -> None:
    assert len(_e002(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "~8k shoppers sitting on the page hitting refresh every 4s => ~2k qps at the drop",
        "40k kiosks online, one heartbeat every 10s ⇒ 4k/s",
        # the arrow leads to what follows, not a figure
        "~8k shoppers hitting refresh every 4s => cache the page at the edge",
    ],
)
def test_a_right_rate_or_a_consequence_is_none(text: str) -> None:
    assert _e002(text) == []
