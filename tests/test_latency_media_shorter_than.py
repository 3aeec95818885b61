"""R003: media said to be shorter than a span ("Some shorts under a minute", "clips are mostly under 60 s", "reels
are just under 30 seconds") say how long they play, no wait; the wait for them to start ("videos start playing in
under 2 s") is a latency target."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Cooking videos

## Requirements

- creators upload recipe videos; {ask}
- viewers watch and comment, and the player should feel fast
"""


@pytest.mark.parametrize(
    "ask",
    [
        "mostly 3 to 15 minutes. Some shorts under a minute",
        "clips are mostly under 60 s",
        "reels are just under 30 seconds",
    ],
)
def test_how_long_media_plays_is_no_latency_target(ask: str) -> None:
    found = messages(DOC.format(ask=ask), "R003")
    assert found and "fast" in found[0]


def test_the_wait_for_media_to_start_is_a_target() -> None:
    assert messages(DOC.format(ask="videos start playing in under 2 s"), "R003") == []


def test_media_under_a_span_to_their_first_frame_is_a_target() -> None:
    assert messages(DOC.format(ask="videos under 2 s to first frame"), "R003") == []
