"""R006: a part set aside as no goal ("It is NOT the goal to grade essays automatically"), as not planned ("Not
planned: video", "- live chat: not planned") or as no part of a first version ("we think not in version 1",
"keep payroll out of v1") is left out of scope; a goal weighed against another, an outage that was not planned
and a first version that holds a part leave nothing out."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Sports hall booking

## Requirements

- Clubs book a court for an hour, at most two weeks ahead.
- The caretaker sees the day's bookings on a tablet.
- {line}

## Estimation

40 courts x 14 hours = 560 slots a day, about 4,000 a week.
"""


@pytest.mark.parametrize(
    "line",
    [
        "It is NOT the goal to replace the membership system; it stays as it is.",
        "Automatic refunds are not a goal. The treasurer does them by hand.",
        "Not a goal: a public timetable on the website.",
        "Not planned: payment in the app.",
        "Waiting lists: not planned (nobody asked).",
        "Key cards at the door (the caretaker wants this, we think not in version 1).",
        "Invoices to clubs: keep them out of v1, the treasurer's spreadsheet works.",
    ],
)
def test_a_part_set_aside_as_no_goal_no_plan_or_not_in_a_first_version_is_left_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006") == []


@pytest.mark.parametrize(
    "line",
    [
        "Fair sharing between clubs is not the only goal; the hall must also be full.",
        "A not planned closure (a burst pipe) cancels the day's bookings by mail.",
        "Booking and cancelling are in version 1.",
    ],
)
def test_other_goals_unplanned_events_and_what_a_first_version_holds_leave_nothing_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006")
