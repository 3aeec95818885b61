"""R002: a rate of growth is the workload ("waitlist ~310, grows every spring", "growing ~1.5 TB/month") and an
answer a person owes is a deadline ("no answer in 14d = counts as decline"): neither asks for scalability or
speed. Growth asked for ("must keep up as the club grows") and a system that answers in a time still do."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = """# Allotment waiting list

## Requirements

- applicants join the waiting list online; the secretary offers free plots in list order
- {line}
"""


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("waitlist currently ~310 people, grows every spring, 20-30 plots free up per year", "scalability"),
        ("data: ~40 GB today, growing ~1.5 GB/month", "scalability"),
        ("an offer runs 14 days; no answer in 14d = counts as decline", "latency"),
    ],
)
def test_a_growth_rate_and_an_owed_answer_ask_nothing(line: str, topic: str) -> None:
    assert topic in nfr_unmet(DOC.format(line=line))


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("the list must keep up as the society grows, other sites included", "scalability"),
        ("the list page must answer in under a second on a phone", "latency"),
    ],
)
def test_growth_asked_for_and_a_system_answering_in_a_time_still_count(line: str, topic: str) -> None:
    assert topic not in nfr_unmet(DOC.format(line=line))
