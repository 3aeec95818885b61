"""R002: a performance that is a show is counted, dated and seated ("for a performance, see a seat map", "price per
performance", "tonight's performance", "show -> performance (date, time, venue)"), and asks for no speed; "good
performance" asked of the system still does."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = """# Theatre tickets

## Requirements

- browse the season's shows
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "for a performance, see a seat map with what's free and the prices",
        "one price band per performance and section",
        "the door scanner loads tonight's performance before the doors open",
        "show -> performance (date, time, venue)",
        "a row-per-seat-per-performance table holds the seat states",
    ],
)
def test_a_performance_that_is_a_show_asks_no_speed(line: str) -> None:
    assert "latency" in nfr_unmet(DOC.format(line=line))


def test_good_performance_of_the_site_still_asks_for_speed() -> None:
    assert "latency" not in nfr_unmet(DOC.format(line="the seat map must have good performance on phones"))
