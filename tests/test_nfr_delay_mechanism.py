"""R002: a delay built into the design ("a delay queue", "a delayed job per reminder") is a mechanism, not a
stance on speed; a delay the user feels ("no delay between the tap and the door") still asks for latency."""

from __future__ import annotations

import pytest
from test_nfr_load_facts import _covered


@pytest.mark.parametrize(
    "built",
    [
        "- reminders go on a delay queue with their send time",
        "- one delayed job per reminder, scheduled at the send time",
        "- the broker's delay messages carry the send time",
    ],
)
def test_a_delay_built_in_asks_for_no_latency(built: str) -> None:
    assert _covered(built) == "none"


@pytest.mark.parametrize("felt", ["- no delay between the tap and the door opening", "- delays over a second are bugs"])
def test_a_delay_the_user_feels_asks_for_latency(felt: str) -> None:
    assert _covered(felt) == "latency"
