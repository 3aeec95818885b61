"""R006: what a write-up leaves out, told as a second-language writer tells it: the parts named one by one and said to
be there already and to stay ("The sign-up and the venue map exist already and stay as they are"), or the part the
write-up describes alone ("This concept describes only the judging part"). A part that exists already and is
changed by the design, or a concept that describes its parts, leaves nothing out."""

from __future__ import annotations

import pytest
from test_scope_already_exists import DOC

from conftest import messages


@pytest.mark.parametrize(
    "line",
    [
        "The sign-up and the venue map exist already and stay as they are.",
        "This concept describes only the judging part.",
    ],
)
def test_parts_kept_as_they_are_or_one_part_described_leave_the_rest_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006") == []


@pytest.mark.parametrize(
    "line",
    [
        "The venue map exists already and gets a layer for team tables.",
        "This concept describes the judging part and the team part.",
    ],
)
def test_a_part_changed_or_parts_described_leave_nothing_out(line: str) -> None:
    assert messages(DOC.format(line=line), "R006")
