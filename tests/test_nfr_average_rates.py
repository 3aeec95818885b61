"""R002: a rate said as an average or an assumption ("avg 3 bookings per court per day", "numbers we assume:
around 2M scans per month") is the workload, which asks for no throughput; a rate the system is asked to
carry still does."""

from __future__ import annotations

import pytest
from test_nfr_load_facts import _covered


@pytest.mark.parametrize(
    "fact",
    [
        "- avg 3 bookings per court per day",
        "- numbers we assume: around 2M scans per month, 1.4 photos per scan",
        "- on average 40 check-ins per gate per hour",
    ],
)
def test_an_average_or_assumed_rate_is_the_workload(fact: str) -> None:
    assert _covered(fact) == "none"


@pytest.mark.parametrize("ask", ["- has to take 2M scans per month at launch", "- must take 40 check-ins per gate per hour"])
def test_a_rate_to_carry_is_throughput(ask: str) -> None:
    assert _covered(ask) == "throughput"
