"""D005: a device in the field that breaks, and what is done then ("broken / unreadable meter -> estimate from the
last two seasons", "if a scanner is faulty, staff key the code in"), is a failure mode; a broken link or file is
bad input, and a device named with no fault is none."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "broken",
    [
        "- broken / unreadable meter -> estimate = average of the plot's last two seasons, bill flagged 'estimated'",
        "If a scanner is faulty, the steward keys the ticket code in on the tablet and the check runs the same way.",
        "- gate out of order -> staff check tickets by hand and the gate's scans are entered afterwards",
    ],
)
def test_a_broken_device_and_its_handling_is_a_failure_mode(broken: str) -> None:
    assert not _d005(broken)


@pytest.mark.parametrize(
    "other",
    [
        "A broken link in a recipe shows a grey box instead of the picture.",
        "Each meter is read once a season by a volunteer with the phone app.",
    ],
)
def test_bad_input_and_a_device_with_no_fault_are_no_failure_mode(other: str) -> None:
    assert _d005(other)
