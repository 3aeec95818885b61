"""D005: a write the database turns away by a constraint ("any overlap insert fails, db enforces it, no race"), an
assignment algorithm that finds no answer and hands it to people ("if greedy fails for some session -> flag to
office"), writes made all or none ("if either fails -> whole thing fails", "dont fail the whole series") and a state
among a record's states ("status queued/done/failed/partial") are the design working, not a part failing. A part
that fails beside them still counts."""

from __future__ import annotations

import pytest
from test_failure_contention_told import _d005


@pytest.mark.parametrize(
    "told",
    [
        "Bookings go through an exclusion constraint on (instructor_id, during): any overlap insert fails, db "
        "enforces it, no race.",
        "Lessons are rows with a time range; a clashing insert fails there, the database enforces it.",
        "Groups are filled greedily by level; if greedy fails for some session -> flag to office, they fix it by hand.",
        "A full day is 2 rows inserted in one txn. if either fails -> whole thing fails.",
        "Recurring booking hits a taken desk? book what's free, return the conflicts, dont fail the whole series.",
        "obs_block(id, program_id, duration, status queued/done/failed/partial)",
        "lesson.state [booked|moved|failed|refunded]",
    ],
)
def test_a_rejected_write_or_an_unsolved_assignment_is_no_failure_mode(told: str) -> None:
    assert _d005(told)


@pytest.mark.parametrize(
    "told",
    [
        "On timeout/failure the kiosk shows the last menu it loaded.",
        "The three calls are synchronous, so if any fails the whole request fails and the customer sees an error page.",
        "When the recommendations service errors, don't fail the whole request; render the page without the widget.",
    ],
)
def test_failure_handling_that_only_sounds_alike_still_counts(told: str) -> None:
    assert not _d005(told)


def test_a_part_failing_beside_it_still_counts() -> None:
    told = "Any overlap insert fails, the db enforces it. If the database fails, the replica takes over."
    assert not _d005(told)
