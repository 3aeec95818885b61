"""D005: a message between parts that never comes, or comes twice, is a failure the design answers: "if the webhook
never comes, a reconciliation job asks the provider", "webhooks can be duplicated, so the step is idempotent", and
the interviewer's "And if the webhook never comes?" answered in the next turn. Events copied on purpose ("events are
duplicated into the audit log") lose nothing."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Studio deposits

## Requirements

- customers hold a slot and pay a deposit to confirm it

## Design

One API over Postgres; the payment provider calls us back when a deposit is paid.

## Notes

{body}
"""


@pytest.mark.parametrize(
    "body",
    [
        "If the webhook never comes, a job every few minutes asks the provider about pending payments.",
        "Webhooks can be duplicated, so confirming is keyed on the provider's payment id.",
        "Interviewer: And if the webhook never comes?\n\nMe: A job every few minutes asks the provider about pending"
        " payments and confirms the paid ones.",
    ],
)
def test_a_lost_or_doubled_message_is_a_failure_answered(body: str) -> None:
    assert messages(_DOC.format(body=body), "D005") == []


@pytest.mark.parametrize(
    "body",
    [
        "Booking events are duplicated into the audit log for the studio's books.",
        "Reminder notifications will be sent twice: a day before and an hour before the slot.",
        "Survey responses don't come in until the end of the week, so the report is built on Friday night.",
        "Interviewer: And if the customer never shows up?\n\nMe: The deposit is kept and the slot goes to walk-ins"
        " on the day.",
    ],
)
def test_copies_schedules_and_no_shows_lose_nothing(body: str) -> None:
    assert len(messages(_DOC.format(body=body), "D005")) == 1
