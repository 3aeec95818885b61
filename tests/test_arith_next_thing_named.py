"""E002: two figures of two things set side by side ("pings are ~30/s and movements ~120k/day") are no working:
the "~" after the second thing's name says "about", it does not restate the first figure per day. The same rate
restated per day ("~30/s, that is ~260k/day") is still checked."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


@pytest.mark.parametrize(
    "line",
    [
        "Even at 300 vans, pings are ~30/s and movements ~120k/day.",
        "At peak, uploads are ~40/s and thumbnail jobs ~90k/day.",
    ],
)
def test_two_things_side_by_side_are_no_working(line: str) -> None:
    assert arithmetic_slips(line, "Ice cream vans") == []


def test_one_rate_restated_per_day_is_still_checked() -> None:
    found = arithmetic_slips("Pings are ~30/s, that is ~260k/day.", "Ice cream vans")
    assert len(found) == 1 and "stated ~260k/day" in found[0]
