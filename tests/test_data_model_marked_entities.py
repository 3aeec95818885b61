"""H003: a blog post that tells its records in sentences, each entity marked as a name and its fields after it
("There's a *bike* (frame number, size, status, purchase date)", "There are **members**, with a name, a phone
number, an email, and a join date"), lays out a data model. A bold word over options named by capitals or over
qualities ("**Queue** (Kafka, SQS, RabbitMQ, Pulsar)", "**Cons** (slow, costly, complex, fragile)") is none, nor
kinds of data in the plural ("the *plan* (bookings, codes, return dates, repair notes)"). With no other part of a
design shown, no data model is told as the high-level step missing (S001), as the scorer reads it."""

from __future__ import annotations

import pytest

from conftest import messages

_POST = """# What I learned building a bike co-op's rental app

The co-op lends bikes to members for a small fee. I built the app over a winter.

## The records

{records}

## How it went

The front desk uses a tablet; members book from their phones. Bookings go into one Postgres database behind a
small Flask app, and a nightly job emails anyone whose bike is overdue.
"""


def _no_model(text: str) -> list[str]:
    return messages(text, "H003") + [m for m in messages(text, "S001") if "high-level" in m]


@pytest.mark.parametrize(
    "records",
    [
        "There's a *bike* (frame number, size, status, purchase date) and a *loan* linking a bike to a member.",
        "There are **members**, with a name, a phone number, an email, and a join date. Loans link them to bikes.",
    ],
)
def test_marked_entities_with_their_fields_are_a_data_model(records: str) -> None:
    assert _no_model(_POST.format(records=records)) == []


@pytest.mark.parametrize(
    "records",
    [
        "We weighed a **queue** (Kafka, SQS, RabbitMQ, Pulsar) and took none of them.",
        "A message broker had its **cons** (slow, costly, complex, fragile) for a co-op this size.",
        "There's a *bike* and a *loan* linking a bike to a member.",
        "The app keeps the *plan* (bookings, codes, return dates, repair notes) and nothing else.",
    ],
)
def test_options_qualities_or_names_alone_are_no_data_model(records: str) -> None:
    assert len(_no_model(_POST.format(records=records))) == 1
