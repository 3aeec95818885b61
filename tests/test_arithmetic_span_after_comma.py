"""E002: a daily amount, then a span alone after a comma and what it comes to ("500 GB per day, 30 days is 1.5
TB", "2M rows per day; 90 days -> 18M rows") is the amount times the span; a right product and a span that is
no product ("500 GB per day, 30 days is our retention") are clean."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Escape room bookings\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    ["Me: 500M × 1KB = 500 GB per day, 30 days is 1.5 TB.", "- 2M rows per day; 90 days -> 18M rows"],
)
def test_a_span_product_off_by_ten_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Me: 500M × 1KB = 500 GB per day, 30 days is 15 TB.",
        "- 2M rows per day; 90 days -> 180M rows",
        "Me: 500M × 1KB = 500 GB per day, 30 days is our retention.",
    ],
)
def test_a_right_product_or_no_product_is_clean(text: str) -> None:
    assert _e002(text) == []
