"""E002: a count, the time each one takes and the total in words ("13,600 pairs. At around 20 milliseconds each,
that's about 27 seconds") state a product, as a count at a size each does; off by ten, it is reported."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Carpool matching\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "Matching is 170 × 80 = 13,600 pairs. At around 20 milliseconds each, that's about 27 seconds.",
        "13,600 routing calls at 20 ms each, that's about 27 seconds.",
    ],
)
def test_a_total_time_off_by_ten_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Matching is 170 × 80 = 13,600 pairs. At around 20 milliseconds each, that's about 272 seconds.",
        "3 retries at 200 ms each, that's 600 ms.",
    ],
)
def test_a_right_total_is_clean(text: str) -> None:
    assert _e002(text) == []
