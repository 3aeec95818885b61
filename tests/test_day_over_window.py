"""A day's count spread over the seconds of the hours it happens in, written as a division of the daily rate
("9.6M/day / 36k ≈ 270/s"): the divisor is the window, bare or in seconds (estimate/window.py)."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips

HOLDS = [
    "- 4.8M page views/day -> /36k ≈ 133 rps avg",
    "- 2.4M lookups/day / 28,800 s of opening hours ≈ 83/s",
    "- 14.4M rides per day / 43,200 ≈ 333 a second",
    "- 9M pings/day / 86,400 s ≈ 104/s",
]

SLIPS = [
    ("- 3.12B checks/day => / 23,400 s of trading = ~13k checks/s", "133,333/s"),
    ("- 4.8M page views/day / 36,000 s ≈ 1.3k rps", "133 rps"),
]

NOT_A_WINDOW = [
    "- 120k jobs/day / 5000 workers = 24/day each",
    "- 1M writes/day / 10 shards = 100k/day per shard",
]


@pytest.mark.parametrize("line", HOLDS)
def test_a_days_count_over_its_window_holds(line: str) -> None:
    assert arithmetic_slips(line, "Bookings") == []


@pytest.mark.parametrize(("line", "computed"), SLIPS)
def test_a_days_count_over_its_window_worked_wrong_is_an_error(line: str, computed: str) -> None:
    messages = arithmetic_slips(line, "Bookings")
    assert len(messages) == 1 and computed in messages[0] and "10 times" in messages[0]


@pytest.mark.parametrize("line", NOT_A_WINDOW)
def test_a_days_count_shared_among_things_is_no_window(line: str) -> None:
    assert arithmetic_slips(line, "Bookings") == []


def test_a_lower_case_remark_after_a_rate_ends_the_working() -> None:
    line = "- naive: 3.12B checks/day => / 23,400 s of trading = ~13k checks/s. fine really, but slow -> redo it"
    messages = arithmetic_slips(line, "Bookings")
    assert len(messages) == 1 and "133,333/s" in messages[0]


def arithmetic_in(lines: list[str]) -> list[str]:
    return arithmetic_slips("\n".join(lines), "Build cache")


def test_a_window_named_above_is_the_day_of_the_lines_after_it() -> None:
    assert arithmetic_in(["- jobs mostly 8am-6pm -> 10h window", "- 18TB/day of fetches → ~500MB/s"]) == []
    assert arithmetic_in(["- orders land 11:00-12:30 → 5,400 s window", "- 270k reads/day → ~50/s in window"]) == []


def test_a_window_is_no_licence_for_any_rate() -> None:
    messages = arithmetic_in(["- jobs mostly 8am-6pm -> 10h window", "- 18TB/day of fetches → ~5GB/s"])
    assert len(messages) == 1 and "208 MB/s" in messages[0]


def test_a_window_named_below_does_not_reach_back() -> None:
    messages = arithmetic_in(["- 18TB/day of fetches → ~500MB/s", "- jobs mostly 8am-6pm -> 10h window"])
    assert len(messages) == 1 and "208 MB/s" in messages[0]


def test_a_days_count_spread_over_hours_holds_and_slips_show() -> None:
    assert (
        arithmetic_slips(
            "Call it 4 pings each. 800k × 4 = 3.2M a day. Spread over 24 hours that's about 37 per second.", "Standups"
        )
        == []
    )
    messages = arithmetic_slips("- 3.2M a day / 10 hours = 890/s", "Standups")
    assert len(messages) == 1 and "88.9/s" in messages[0]
