"""R006: a part kept in a system the design does not build is out of its scope, wherever the doc says so: "rotas are
done in a separate workforce tool", "prescriptions live in the clinical system, not in this app's DB", "battery
monitoring = the venue's problem". A separate table or process is one of the design's own parts, a question asks, and
a count before "only" ("nights 3 + 4 only") narrows nothing."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Clinic bookings

## Requirements

- patients book eye tests; staff see the day's diary

## Design

- the booking service writes appointments to Postgres
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "rotas are done in a separate workforce tool, we get them as a nightly feed",
        "test results live in the clinical system, not in this app's database",
        "badge printer upkeep = the venue's problem, we only show a status light",
    ],
)
def test_a_part_kept_elsewhere_is_out_of_scope(line: str) -> None:
    assert messages(_DOC.format(line=line), "R006") == []


@pytest.mark.parametrize(
    "line",
    [
        "audit rows are kept in a separate table, appended on every change",
        "printer upkeep: is that the venue's problem?",
        "printer upkeep -> the venue's problem, right?",
        "context: the clinic's problem is no-shows, about 15% of slots",
        "dedup: the consumer's responsibility (writes keyed by event id)",
        "logs are kept in a separate system we run, fed by agents on each box",
        "photos are kept in a separate storage system (S3), the database holds their keys",
        "drafts are stored in the mobile app, not the system, until the patient submits",
    ],
)
def test_own_parts_questions_and_counts_leave_nothing_out(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "R006")) == 1


def test_a_count_before_only_narrows_nothing() -> None:
    doc = _DOC.replace("see the day's diary", "see the day's diary\n- stays count nights: arrive on the 3rd, leave on the 5th = nights 3 + 4 only")
    assert len(messages(doc.format(line="reminders go out by sms"), "R006")) == 1


def test_a_numbered_thing_before_only_narrows() -> None:
    doc = _DOC.replace("see the day's diary", "see the day's diary\n- pilot: Year 7 only")
    assert messages(doc.format(line="reminders go out by sms"), "R006") == []
