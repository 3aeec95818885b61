"""H003 and S001: a design headed "Design in short" is the high-level step, and what it keeps per one of a kind is a
data model ("What we store per submission: exam id, student number, version number, original file name, size"), as is
a record said to be written for each ("A verdict record is written for every scanned message: message id, ...");
kinds of data kept, or options, after the same words are none."""

from __future__ import annotations

import pytest

from conftest import lint_string, messages

DOC = """# Choir concert tickets

## Requirements

- members of the audience buy a seat online; the door checks the ticket on a phone

## {heading}

A small web shop on the club's hosting sends a ticket by mail; the door app scans it.

{kept}
"""


@pytest.mark.parametrize(
    "kept",
    [
        "What we store per ticket: ticket id, seat number, buyer email, price paid and a scanned flag.",
        "For each booking we keep: the booking id, the member number, the court, the start time and a status.",
        "Per ticket, we store: order number, seat, buyer name, paid amount, scan time.",
        # a record said to be written for each one, its fields wrapped
        "A scan record is written for every ticket shown at the door: ticket id, door,\nscan time, the result.",
    ],
)
def test_what_is_kept_per_one_is_a_data_model(kept: str) -> None:
    assert messages(DOC.format(heading="High-level design", kept=kept), "H003") == []


@pytest.mark.parametrize(
    "kept",
    [
        "What we store per concert: tickets, seat plans, mails and payment receipts.",
        "For each ticket we keep: Postgres, S3, Redis, a mail log.",
        "A log entry is written for every concert: tickets, seat plans, mails and receipts.",
    ],
)
def test_kinds_of_data_and_options_are_no_data_model(kept: str) -> None:
    assert messages(DOC.format(heading="High-level design", kept=kept), "H003")


def test_a_design_told_in_short_is_the_high_level_step() -> None:
    assert not [f for f in lint_string(DOC.format(heading="Design in short", kept=""), select=("S001",)) if f.step == "high-level"]
