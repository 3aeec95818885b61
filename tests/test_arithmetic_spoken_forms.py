"""E002 on estimates said out loud, as interview transcripts and practice notes put them: a pause mid-sentence
("... is... roughly"), a bare divisor that an earlier sentence named as a span, a span restated in seconds
between commas, the size of one thing named before the count of them, and a multiple of a figure whose result
holds the figure too ("... three times that, so 70 KB all in")."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(lines: str) -> list[str]:
    return arithmetic_slips(lines, "Ferry check-in")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Boarding closes in 15 minutes, 900 seconds. 27,000 scans over 900 seconds is... roughly 300 a second.",
            "Boarding closes in 15 minutes, 900 seconds. 27,000 scans over 900 seconds is... roughly 30 a second.",
        ),
        (
            "Boarding closes in 15 minutes, 900 seconds. 27,000 scans over 900 is roughly 300 a second.",
            "Boarding closes in 15 minutes, 900 seconds. 27,000 scans over 900 is roughly 30 a second.",
        ),
        (
            "So 540k tickets over three hours, 10,800 seconds, that's about 500 tickets a second.",
            "So 540k tickets over three hours, 10,800 seconds, that's about 50 tickets a second.",
        ),
        (
            "If each ticket is something like 200 bytes with indexes, 2,000,000 tickets is roughly 4 GB.",
            "If each ticket is something like 200 bytes with indexes, 2,000,000 tickets is roughly 400 MB.",
        ),
        (
            "At 200 bytes a ticket, 2,000,000 tickets is roughly 4 GB.",
            "At 200 bytes a ticket, 2,000,000 tickets is roughly 400 MB.",
        ),
        (
            "A manifest is 40 rows of 500 bytes, so 20 KB. The audit trail is about four times that, so roughly "
            "800 KB a sailing all in.",
            "A manifest is 40 rows of 500 bytes, so 20 KB. The audit trail is about four times that, so roughly "
            "100 KB a sailing all in.",
        ),
    ],
)
def test_a_spoken_slip_is_found_and_the_right_figure_passes(wrong: str, right: str) -> None:
    assert any("10 times" in m or "evaluates" in m for m in _slips(wrong))
    assert _slips(right) == []


def test_a_multiple_stated_alone_still_passes() -> None:
    # the result is the multiple alone: four times 20 KB
    line = "A manifest is 40 rows of 500 bytes, so 20 KB. The audit trail is about four times that, so roughly 80 KB."
    assert _slips(line) == []


def test_a_bare_divisor_no_span_names_is_left_alone() -> None:
    # 900 of what is not said anywhere on the line: no rate can be checked
    assert _slips("27,000 scans over 900 is roughly 300 a second.") == []
