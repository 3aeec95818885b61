"""E002: a sentence that says how many seconds a period holds, then the rate per second, after a sentence giving a
total per that period ("90k entries a week. A week is about 600k seconds, so that's roughly 1.5 writes a second")
states a division: the total over the seconds. A rate off by ten is reported; a right one, a sentence that works
the division out itself, a total not per that period, or a count that is no rate per second stays clean."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Harbour crane bookings\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "Call it 90k log entries a week. A week is about 600k seconds, so that's roughly 1.5 writes a second.",
        "We expect 5M lookups per day. A day has 86,400 seconds, so that is about 580 lookups a second.",
        "Around 2M pings a day; there are ~86k seconds in a day, which gives ~230 pings/s.",
    ],
)
def test_a_rate_off_by_ten_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Call it 90k log entries a week. A week is about 600k seconds, so that's roughly 0.15 writes a second.",
        "We expect 5M lookups per day. A day has 86,400 seconds, so that is about 58 lookups a second.",
        "We expect 5M lookups per day. A day has 86,400 seconds, so 5M / 86,400 = 58/s.",
        "We expect 5M lookups in total. A day has 86,400 seconds, so that is about 580 lookups a second.",
        "Call it 90k log entries a week. A week is about 600k seconds, so that's roughly 15 crane moves.",
    ],
)
def test_a_right_rate_or_no_division_is_clean(text: str) -> None:
    assert _e002(text) == []
