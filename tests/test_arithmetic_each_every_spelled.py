"""E002: things that each act once per span, counted in words ("a million couriers online, each sending a ping
every 4 seconds") with the rate opening the next sentence ("That's 250k writes a second"), are the count over
the span."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Courier tracking\n\n## Numbers\n\n" + text + "\n", "E002")


def test_a_wrong_rate_is_an_error() -> None:
    found = _e002("At peak a million couriers are online, each sending a GPS ping every 4 seconds. That's 25k writes a second.")
    assert found and "250,000" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "At peak a million couriers are online, each sending a GPS ping every 4 seconds. That's 250k writes a second.",
        "At peak 1M couriers are online, each sending a GPS ping every 4 seconds. That's 250k writes a second.",
    ],
)
def test_a_right_rate_is_none(text: str) -> None:
    assert _e002(text) == []
