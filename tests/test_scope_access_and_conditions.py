"""R006: who may see a thing ("transcript visible to enrolled students only") and a condition ("delete after 90
days if not needed for an invoice") leave no part of the system out; "X only" and "not needed" said of a part
still do."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Lecture captions

## Requirements

- Captions appear on students' laptops while the lecturer speaks.
- The full transcript is saved after the lecture.
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Security: TLS everywhere, transcript visible to enrolled students only.",
        "Recordings are available to course staff only.",
        "Raw audio is deleted after 24 hours if not needed for a correction.",
    ],
)
def test_access_and_conditions_leave_nothing_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006")


@pytest.mark.parametrize(
    "line",
    [
        "English lectures only for now.",
        "Live translation is not needed.",
    ],
)
def test_a_part_left_out_still_counts(line: str) -> None:
    assert messages(DOC.format(line=line), "R006") == []
