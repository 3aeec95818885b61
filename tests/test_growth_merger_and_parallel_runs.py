"""D006: growth by joining others ("They're talking about merging with two other firms") or by a multiple in words
("reminders go up five-fold"), answered by work split by a key and run side by side ("it runs per region, in
parallel") or moved onto workers of its own ("a queue with its own workers"), is a scaling path; the same split
with no growth named is the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "Interviewer: They're talking about merging with two other bakeries.\n\nMe: Then the planner runs per "
        "bakery, independently and in parallel, since bakeries share no vans.",
        "If order reminders go up five-fold, the reminder step becomes a queue with its own workers.",
    ],
)
def test_growth_answered_by_parallel_runs_or_own_workers_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "The planner runs per bakery, independently and in parallel, since bakeries share no vans.",
        "Reminders are a queue with its own workers, so a slow SMS provider never blocks the planner.",
    ],
)
def test_the_same_split_with_no_growth_named_is_the_base_design(stays: str) -> None:
    assert _d006(stays)
