"""E002 on a count a day over the seconds of a day ("20 million a day over 86,400 seconds, that's roughly 230 per
second"): the period is said twice, as the rate's and as the window, and the count over the window is what is
worked out. A window that is not the rate's period ("10k writes a day over 3,600 s") is not read so."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _slips(line: str) -> list[str]:
    text = f"# Rides\n\n## Estimation\n\n{line}\n"
    return [f.message for f in lint_string(text, select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("Trips: 20 million a day over 86,400 seconds, that's roughly 2,300 requests per second.", True),
        ("Trips: 20 million a day over 86,400 seconds, that's roughly 230 requests per second.", False),
        ("20M rides per day over 86400 s is about 2,300/s", True),
        ("20M rides per day over 86400 s is about 231/s", False),
        ("3.6M pings per hour over 3,600 s = 1,000/s", False),
        ("3.6M pings per hour over 3,600 s = 10,000/s", True),
        ("Uploads: 2.5M x 100 MB = 250 TB/day, over 86,400 seconds that's about 29 GB/s.", True),
        ("Uploads: 2.5M x 100 MB = 250 TB/day, over 86,400 seconds that's about 2.9 GB/s.", False),
    ],
)
def test_a_count_a_period_over_its_seconds_is_the_count_over_the_window(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped
