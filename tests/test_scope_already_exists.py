"""R006: parts listed and then said to be there already ("Registration, payments, the schedule page, all that
already exists") are outside the design, as "assume it exists" is. A record that already exists (a conflict the
design handles) leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Hackathon teams and judging

## Requirements

- people form teams of up to four before the deadline
- judges score each project on a rubric
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Registration, payments, the schedule page, all that already exists.",
        "Sign-up and the venue map: all of that exists already.",
    ],
)
def test_parts_said_to_exist_already_are_left_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006") == []


def test_a_record_that_already_exists_is_no_exclusion() -> None:
    assert messages(DOC.format(line="joining a team that already exists sends its captain a request"), "R006")
