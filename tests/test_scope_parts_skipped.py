"""R006: the writer leaving a part of the write-up undone ("I skip the requirements part", "I don't do the numbers
here") leaves nothing out of the system; a thing of the system named the same way still does."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Court booking

{line}

## Requirements

- Members book a tennis court for an hour; a court is never booked twice for the same hour.

## Design

Web app -> booking service -> Postgres with an exclusion constraint on (court_id, time range).
"""

SKIPPED_PARTS = [
    "The club has 40 courts, but I don't do the numbers here, they are tiny.",
    "I skip the requirements part, they are clear from the question.",
    "Skipping the estimation today, I ran out of time.",
]

LEFT_OUT = [
    "We don't do payments, the club bills monthly.",
    "We are ignoring API versioning for this round.",
    "I skip coaching lessons, only court bookings.",
]


def _r006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))]


@pytest.mark.parametrize("line", SKIPPED_PARTS)
def test_a_part_of_the_write_up_skipped_leaves_nothing_out(line: str) -> None:
    assert _r006(line) == ["R006"]


@pytest.mark.parametrize("line", LEFT_OUT)
def test_a_part_of_the_system_skipped_is_left_out(line: str) -> None:
    assert _r006(line) == []
