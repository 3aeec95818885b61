"""E002: a figure restated after "nearly", "almost", "close to" or "just under" ("1M writes a day, or close to 120 a
second") is checked as after "about"; so is one whose period is said as an adverb ("$640 daily, or close to $23k a
year"), while an adverb that says what is counted ("24 hourly points") stays a plain word."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Tide gauges\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "1M writes a day, or close to 120 a second.",
        "1M writes a day, which is nearly 120 a second.",
        "We store 2 GB daily, or almost 7 TB a year.",
        "Egress costs about $640 daily, or close to $23k a year.",
    ],
)
def test_a_wrong_restatement_is_an_error(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "1M writes a day, or close to 12 a second.",
        "We store 2 GB daily, or almost 730 GB a year.",
        "Egress costs about $640 daily, or close to $233k a year.",
        "1M gauges x 24 hourly points x 50 B = 1.2 GB a day.",
    ],
)
def test_a_right_restatement_is_clean(text: str) -> None:
    assert _e002(text) == []
