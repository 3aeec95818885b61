"""E002: a count of things over a period ends a sentence, and the next gives the size of each and the total
("... about 2 million scans a day. Each scan is maybe 500 bytes, so about 1 GB a day"): the count times the
size. The size of some other thing, or no total after it, pairs nothing."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(text: str) -> list[str]:
    return arithmetic_slips(text, "Ferry freight gates")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The gates see about 2 million scans a day. Each scan is maybe 500 bytes, so about 100 MB a day.",
            "The gates see about 2 million scans a day. Each scan is maybe 500 bytes, so about 1 GB a day.",
        ),
        (
            "- 40k bookings per day. Each booking ca. 2 KB -> around 8 GB per day.",
            "- 40k bookings per day. Each booking ca. 2 KB -> around 80 MB per day.",
        ),
        (
            "That is 3 million events a day. Once enriched, each event is about 400 bytes, so roughly 120 MB a day.",
            "That is 3 million events a day. Once enriched, each event is about 400 bytes, so roughly 1.2 GB a day.",
        ),
    ],
)
def test_the_count_times_the_size_of_each_is_checked(wrong: str, right: str) -> None:
    assert _slips(wrong)
    assert _slips(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # the size of another thing than the one counted
        "The gates see about 2 million scans a day. Each gate is about 500 bytes of config, so about 1 KB a day.",
        # a size with no total after it
        "The gates see about 2 million scans a day. Each scan is maybe 500 bytes, which is small.",
    ],
)
def test_the_size_of_another_thing_or_no_total_pairs_nothing(text: str) -> None:
    assert _slips(text) == []
