"""E002: a data rate named by where it goes, then restated in bits after a comma ("830 MB/s to the MTAs, about 66
Gbps"), is checked as a rate restated right after its figure is."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Newsletter sends\n\n## Numbers\n\n" + text + "\n", "E002")


def test_a_wrong_restatement_after_words_is_an_error() -> None:
    found = _e002("At the average rate we push 14k × 60 KB ≈ 840 MB/s to the mail relays, about 67 Gbps.")
    assert len(found) == 1
    assert "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "At the average rate we push 14k × 60 KB ≈ 840 MB/s to the mail relays, about 6.7 Gbps.",
        "At the average rate we push 840 MB/s to the mail relays, about 30% of the link.",
    ],
)
def test_a_right_restatement_or_another_figure_is_clean(text: str) -> None:
    assert _e002(text) == []
