"""D006: the interviewer asking what the next version's reach breaks ("If next year they add online bidders, what
breaks?"), answered in earnest with how the design changes, discusses how it grows, as a question about more load
does. "What breaks" asked of a part failing asks about failure, not growth."""

from __future__ import annotations

import pytest
from test_scaling_asked_in_dialogue import _d006

GROWN = (
    "If next year they add online bidders, what breaks?",
    "The server in the room: online bidders need something reachable, so I'd flip it, the cloud holds the auction "
    "and the room box becomes a client with a fallback mode, and online bids go through the same offer queue.",
)
FAILED = (
    "If the room box dies, what breaks?",
    "The clerks keep a paper record and the box restarts from its SQLite file; bids since the last write are "
    "entered again from the paper sheet.",
)


@pytest.mark.parametrize("asked", [GROWN[0], "What changes once you open it to bidders at home?"])
def test_the_next_versions_reach_asked_and_answered_is_a_scaling_path(asked: str) -> None:
    assert _d006(asked, GROWN[1]) == []


def test_what_breaks_when_a_part_fails_is_no_growth() -> None:
    assert _d006(*FAILED) == ["D006"]


def test_a_new_feature_asked_about_is_no_growth() -> None:
    asked = "If next year they add a second payment method, what changes?"
    assert _d006(asked, "We add a payment_method column and a second provider behind the same interface.") == ["D006"]
