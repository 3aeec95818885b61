"""E002: a step said as an instruction to the listener, after the figure it goes on from: "200k pings per minute,
divide by 60, that's about 3,300 a second", "... 11.5 million readings a day. Divide by 86,400... call it 130 a
second". The result is checked as a working's; a right one is silent."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("200k pings per minute, divide by 60, that's about 330 a second.", "330"),
        ("9,000 orders a day, multiply by 30, that's about 27,000 a month.", "27,000"),
        ("40k bins times 96 is about 3.8 million readings a day. Divide by 86,400... call it 440 a second.", "440"),
    ],
)
def test_a_wrong_result_of_a_spoken_step_is_a_slip(line: str, stated: str) -> None:
    found = arithmetic_slips(line, "Bin sensors")
    assert len(found) == 1 and f"stated {stated}" in found[0]


@pytest.mark.parametrize(
    "line",
    [
        "200k pings per minute, divide by 60, that's about 3,300 a second.",
        "9,000 orders a day, multiply by 30, that's about 270,000 a month.",
        "40k bins times 96 is about 3.8 million readings a day. Divide by 86,400... call it 44 a second.",
    ],
)
def test_a_right_result_is_silent(line: str) -> None:
    assert arithmetic_slips(line, "Bin sensors") == []
