"""E002's message on a period converted by hand ("77 MB/day x 365 = 28 TB/yr"): the working is judged as the
conversion its author wrote, so the message gives the figure that multiplication makes (28 GB) and how far off
the stated one is, not a rate kept per day and read per year."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Kiln queue\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    ("text", "computed", "off"),
    [
        ("- log: 77 MB/day x 365 = 28 TB/yr", "28.1 GB/yr", "1,000 times too large"),
        ("- firings: 65k/mo x 12 = 7.8M/yr", "780,000/yr", "10 times too large"),
    ],
)
def test_the_message_gives_the_conversion_written(text: str, computed: str, off: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert computed in found[0] and off in found[0]


def test_a_conversion_with_no_multiplier_keeps_its_reading() -> None:
    found = _e002("- raw: 300 TB a day ≈ 11 PB a year")
    assert len(found) == 1
    assert "110 PB a year" in found[0]


def test_a_right_conversion_by_hand_is_clean() -> None:
    assert _e002("- log: 77 MB/day x 365 = 28 GB/yr") == []
