"""E002: one figure over another said in words, then what it is ("12k over 300 seconds is around 40 orders a second",
"2,000 panels, if they poll every 30 seconds, 2,000 over 30 -- call it 67 requests a second"): a division, off by
ten reported. "Over" that is no division ("3 TB over 30 days of retention is ...") is left alone, as is a divisor whose
unit the line never gives (tests/test_arithmetic_spoken_forms.py)."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Meeting room panels\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "At halftime 12k orders come in; 12k over 300 seconds is around 400 orders a second.",
        "2,000 panels, if they poll every 30 seconds, 2,000 over 30 — call it 700 requests a second.",
    ],
)
def test_a_division_said_with_over_off_by_ten_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "At halftime 12k orders come in; 12k over 300 seconds is around 40 orders a second.",
        "2,000 panels, if they poll every 30 seconds, 2,000 over 30 — call it 70 requests a second.",
        "We keep 3 TB over 30 days of retention is what legal asked for, about 90 TB in all.",
    ],
)
def test_a_right_division_or_no_division_is_clean(text: str) -> None:
    assert _e002(text) == []
