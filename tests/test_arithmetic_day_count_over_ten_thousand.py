"""E007: a day's count shared out over 10^4 seconds and stated per second ("5m / 10^4 s ~ 500 req/s avg",
"2M / 10^4 s = ~200/s") takes the day for 10^4 seconds: the rate is 8.6 times too high, and the message gives the
rate a 86,400-second day gives. A count over 86,400 s, over 10^5 s, over 10^4 of a thing, or over 10,000 written
out with no unit, is left alone."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Ride pooling\n\n## Estimation\n\n- 5m pool requests/day\n- {}\n"


def _e007(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line), select=("E007",))]


@pytest.mark.parametrize(
    ("line", "per_second"),
    [
        ("5m / 10^4 s ~ 500 req/s avg", "58"),
        ("upload rate: 2M / 10^4 s = ~200/s avg", "23"),
        ("1e9 / 1e4 = 100k/s", "11,574"),
    ],
)
def test_a_day_count_over_ten_thousand_seconds_is_a_unit_slip(line: str, per_second: str) -> None:
    found = _e007(line)
    assert len(found) == 1 and "86,400" in found[0] and found[0].endswith(f"about {per_second}")


@pytest.mark.parametrize(
    "line", ["5m / 86400 s ~ 58 req/s", "1M / 10^5 s = 10/s", "2M / 10^4 users = 200 per user", "3M / 10,000 = 300/s"]
)
def test_other_divisors_are_left_alone(line: str) -> None:
    assert _e007(line) == []
