"""R006: the writer alone setting a part aside needs no "here" ("I'm gonna ignore gift cards", "Given the time,
I'm going to park refunds", "I'd like to drop live chat"), and "I will not go deep" declines as "go deep on"
did; "we'll drop" something may be the system's own doing and still needs the doc named, and a step of the
round skipped ("I'd skip the diagram") leaves no part of the product out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "left_out",
    [
        "Me: I'm gonna ignore gift cards and loyalty points, everyone pays by card.",
        "Me: Given the time, I'm going to park refunds and the admin screens.",
        "Me: I'd like to drop live chat with support. Interviewer: sure.",
        "Me: refunds I will not go deep, maybe at the end if there is time.",
    ],
)
def test_the_writer_setting_a_part_aside_leaves_it_out(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_out",
    [
        "We'll drop duplicate readings at the gateway and ignore pings older than a minute.",
        "Me: I'd skip the diagram and talk through the write path.",
    ],
)
def test_the_system_dropping_something_or_a_step_skipped_leaves_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
