"""E007: a day taken as 10^4 seconds ("per day: 300 * 10^4 = 3M pings/day" after "300 msg/s") is a unit slip
8.6 times off: a day is 86,400 s. The factor must be a power of ten or in seconds with no noun after it, beside a
count of ten or more; "10^4 users x 5", "3 x 10^4" (how 30,000 is written) and "12 x 10,000" count things."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Bus arrivals\n\n## Estimation\n\n- gps: 3000 buses ping every 10s -> 300 msg/s\n- {}\n"


def _e007(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line), select=("E007",))]


@pytest.mark.parametrize(
    "line", ["per day: 300 * 10^4 = 3M pings/day", "300/s x 10^4 s = 3M/day", "50 x 1e4 = 500k writes/day"]
)
def test_a_day_taken_as_ten_thousand_seconds_is_a_unit_slip(line: str) -> None:
    found = _e007(line)
    assert len(found) == 1 and "86,400" in found[0]


@pytest.mark.parametrize(
    "line",
    ["10^4 users x 5 = 50k/day", "3 x 10^4 = 30k pings/day", "12 x 10,000 = 120k/day", "300 x 10^5 = 30M/day"],
)
def test_ten_thousand_things_or_a_day_of_ten_to_the_five_are_no_slip(line: str) -> None:
    assert _e007(line) == []
