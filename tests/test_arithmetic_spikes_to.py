"""E002: a result, then how far a peak multiplies it and what that comes to in the clause after ("≈ 17,000 writes per
second, and during live events traffic spikes about 4x, to roughly 68,000") is the result times the factor."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Lifeboat pagers\n\n## Numbers\n\n" + text + "\n", "E002")


BASE = "At 900 million pages a day we average 900M ÷ 86,400 ≈ 10,400 pages per second, "


@pytest.mark.parametrize("after", ["and on storm nights traffic spikes about 5x, to roughly 32,000."])
def test_a_wrong_peak_is_an_error(after: str) -> None:
    assert len(_e002(BASE + after)) == 1


@pytest.mark.parametrize(
    "after",
    [
        "and on storm nights traffic spikes about 5x, to roughly 52,000.",
        # a multiple with no figure after it works nothing out
        "and on storm nights traffic spikes about 5x.",
    ],
)
def test_a_right_peak_or_a_bare_multiple_is_clean(after: str) -> None:
    assert _e002(BASE + after) == []
