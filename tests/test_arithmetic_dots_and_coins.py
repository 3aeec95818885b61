"""E002 on two ways of writing figures: thousands grouped by a dot in a doc otherwise read the English way ("78 x 52
= 4.056 slots", one figure, a whole step of 1,000 per dot below the working, digit for digit) is the grouping, not a
slip; and pence or cents after a figure on a line priced in that currency ("800/wk × 4p ≈ £32/wk", "× 5c = $40")
are a hundredth of it. A stated figure that only looks dotted ("40.56 slots") or is off in pounds ("£320") is
still a slip."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Church organ practice\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "13 hours x 6 days = 78 slots per week. For one year 78 x 52 = 4.056 slots maximum.",
        "- SMS: 400 loans/wk × 2 msgs = 800/wk × 4p ≈ £32/wk",
        "- reminders: 800 texts × 5c = $40 a week",
    ],
)
def test_dotted_thousands_and_coins_are_read_as_written(text: str) -> None:
    assert _e002(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "13 hours x 6 days = 78 slots per week. For one year 78 x 52 = 40.56 slots maximum.",
        "- SMS: 400 loans/wk × 2 msgs = 800/wk × 4p ≈ £320/wk",
    ],
)
def test_a_real_slip_is_still_reported(text: str) -> None:
    assert len(_e002(text)) == 1
