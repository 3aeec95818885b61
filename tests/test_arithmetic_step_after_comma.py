"""E002: a figure just worked out, then a step said in words after a comma ("150 MB a day, times 365 is about
55 GB a year"), is a calculation of its own, checked like one written in symbols."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Weighbridge log\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("500k × 300 B ≈ 150 MB a day, times 365 is about 55 TB a year.", "1,000 times too large"),
        ("2M users x 5 posts = 10M posts a day, multiplied by 365 gives 36.5B a year.", "10 times too large"),
        ("Logs come to 40 GB a day, divided by 86,400 is about 4.6 MB/s.", "10 times too large"),
    ],
)
def test_a_wrong_step_after_a_comma_is_an_error(text: str, off: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert off in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "500k × 300 B ≈ 150 MB a day, times 365 is about 55 GB a year.",
        "2M users x 5 posts = 10M posts a day, multiplied by 365 gives 3.65B a year.",
        "Logs come to 40 GB a day, divided by 86,400 is about 460 KB/s.",
        # the step names what it multiplies by: read as one working, as before
        "We store 10 GB a day, times 3 replicas = 30 GB a day.",
    ],
)
def test_a_right_step_after_a_comma_is_clean(text: str) -> None:
    assert _e002(text) == []
