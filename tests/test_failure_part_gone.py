"""D005: a part of the system gone, said as a post says it ("we planned for one of them disappearing at peak",
"when a broker vanishes its partitions move"), is a failure mode; something else that disappears is not."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "gone",
    [
        "We run 30 cache nodes on a hash ring and planned for one of them disappearing at peak: its keys move to "
        "the next node on the ring and a short lease keeps the misses from piling onto the database.",
        "When a broker vanishes, its partitions move to the brokers that are left.",
    ],
)
def test_a_part_gone_is_a_failure_mode(gone: str) -> None:
    assert not _d005(gone)


def test_something_else_that_disappears_is_not() -> None:
    assert _d005("The upload banner disappears after five seconds, and the thumbnail grid refreshes in place.")
