"""E002: a working read two ways on one line ("times 365 is about 50 GB a year" in words and in symbols) is reported
once, whether or not the two readings keep "about" with the stated figure. Two different slips on a line are two."""

from __future__ import annotations

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Parking fine appeals\n\n## Numbers\n\n" + text + "\n", "E002")


def test_one_working_read_twice_is_one_finding() -> None:
    found = _e002("Say two photos at ~5 MB each, so roughly 10 MB per appeal. 140 a day × 10 MB is 1.4 GB a day, times 365 is about 50 GB a year.")
    assert len(found) == 1 and "511 GB" in found[0]


def test_two_slips_on_a_line_are_two_findings() -> None:
    found = _e002("Uploads: 2,000 x 3 MB = 60 GB a day; and 500 x 4 KB = 20 MB a day.")
    assert len(found) == 2
