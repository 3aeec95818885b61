"""E002: a daily count restated as a peak rate with no factor written ("40k bookings/day, ~10/s peak") and a result
written as a whole and a fraction ("15/8, which is 1 7/8 cups") are no results to compare; the average restated,
and a fraction worked out wrong in decimals, still are."""

from __future__ import annotations

from conftest import arithmetic_slips


def test_a_peak_with_no_factor_is_no_restatement() -> None:
    assert (
        arithmetic_slips("- numbers: 90k riders/day, 30k bookings/day, ~8/s peak, ~40/s on launch day", "Ferry") == []
    )


def test_the_average_restated_is_still_checked() -> None:
    messages = arithmetic_slips("- 30k bookings/day → ~4/s", "Ferry")
    assert len(messages) == 1 and "0.347/s" in messages[0]


def test_a_restated_rate_at_peak_is_still_checked() -> None:
    messages = arithmetic_slips("- 80 MB/s at peak ≈ 64 Mbps egress at peak", "Ferry")
    assert len(messages) == 1 and "640 Mbps" in messages[0]


def test_a_mixed_number_is_no_whole() -> None:
    assert arithmetic_slips("Two thirds times 9/4 is 18/12, which is 3/2, which is 1 1/2 cups.", "Recipes") == []


def test_a_fraction_worked_wrong_in_decimals_is_checked() -> None:
    messages = arithmetic_slips("- 3/4 x 10/4 = 2.5", "Recipes")
    assert len(messages) == 1 and "1.88" in messages[0]
