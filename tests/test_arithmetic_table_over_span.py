"""E002 on a table row that spreads an amount over a span in one cell and gives the rate in the next ("| 36 TB over
60 working days | **6 TB/day** |"): the cell divides, and a total set in bold is the figure given."""

from __future__ import annotations

import pytest

from conftest import messages

TABLE = """# Wind farm blade inspections

## Numbers

| What | How | Figure |
|---|---|---|
| Data per campaign | 3,600 × 10 GB | 36 TB |
| Daily ingest | 36 TB over 60 working days | {daily} |
"""


def _e002(daily: str) -> list[str]:
    return messages(TABLE.format(daily=daily), "E002")


@pytest.mark.parametrize("daily", ["**6 TB/day**", "6 TB/day"])
def test_a_rate_off_by_ten_is_reported(daily: str) -> None:
    found = _e002(daily)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize("daily", ["**600 GB/day**", "0.6 TB/day"])
def test_a_right_rate_is_clean(daily: str) -> None:
    assert _e002(daily) == []
