"""E002: a rate closing one sentence, kept up over a span the next one names, and what that comes to: "150 riders is
30 location updates a second. Over a ten-hour day that comes to about 1,080,000 points". The product is checked;
a span of a stated number of hours ("an 8-hour shift") is that many hours, and a shift of no stated length is
not read."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("150 riders is 30 location updates a second. Over a ten-hour day that comes to about 108,000 points.", "about 108,000"),
        ("Each till sends 40 events a minute. Over an 8-hour shift that is about 1,920 events.", "about 1,920"),
        ("About 3 writes a second. Over a day that is roughly 26k writes.", "roughly 26k"),
    ],
)
def test_a_wrong_total_over_the_span_is_a_slip(line: str, stated: str) -> None:
    found = arithmetic_slips(line, "Courier tracking")
    assert len(found) == 1 and f"stated {stated}" in found[0]


@pytest.mark.parametrize(
    "line",
    [
        "150 riders is 30 location updates a second. Over a ten-hour day that comes to about 1,080,000 points.",
        "Each till sends 40 events a minute. Over an 8-hour shift that is about 19,200 events.",
        "Each till sends 40 events a minute. Over a shift that is about 1,920 events.",
        "We expect 5,000 riders. Over a day that is about 20k location points.",
    ],
)
def test_a_right_total_or_an_unread_span_is_silent(line: str) -> None:
    assert arithmetic_slips(line, "Courier tracking") == []
