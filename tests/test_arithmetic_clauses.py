"""E002 on a sentence that gives one result in words and then works a step in symbols with its own result in
words ("so 12 MB a listing, and 20,000 listings x 12 MB comes to about 240 GB"): the word that states the
step's result is the one after the step, not the first in the sentence."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(lines: str) -> list[str]:
    return arithmetic_slips(lines, "Boat listings")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Each listing carries four photos at about 3 MB, so 12 MB a listing, and 20,000 listings × 12 MB comes "
            "to about 24 GB a year.",
            "Each listing carries four photos at about 3 MB, so 12 MB a listing, and 20,000 listings × 12 MB comes "
            "to about 240 GB a year.",
        ),
        (
            "A booking holds five rows, that's 2 KB a booking, and 300,000 bookings x 2 KB is about 60 MB.",
            "A booking holds five rows, that's 2 KB a booking, and 300,000 bookings x 2 KB is about 600 MB.",
        ),
        (
            "The busiest hour is 3 x 400, which is 12,000 bookings.",
            "The busiest hour is 3 x 400, which is 1,200 bookings.",
        ),
    ],
)
def test_the_result_after_the_step_is_checked(wrong: str, right: str) -> None:
    assert _slips(wrong)
    assert _slips(right) == []

