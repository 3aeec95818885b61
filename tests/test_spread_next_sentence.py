"""E002: a sentence that opens by spreading the figure before it over a span ("... 2 billion reads a day. Over
86,400 seconds that's roughly 23k reads a second") is checked; one that works the division out itself ("Over 8
hours, that's 15,000 over 28,800 seconds, about 0.5") or says no figure is left alone."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(text: str) -> list[str]:
    return arithmetic_slips(text, "Timeline")


@pytest.mark.parametrize(
    ("text", "slipped"),
    [
        ("Each user opens it 10 times a day, so that's 2 billion reads a day. Over 86,400 seconds that's roughly "
         "230k reads a second.", True),
        ("Each user opens it 10 times a day, so that's 2 billion reads a day. Over 86,400 seconds that's roughly "
         "23k reads a second.", False),
        ("So deploys per day: 15,000. Over 8 hours, that's 15,000 over 28,800 seconds, about 0.5 a second.", False),
        ("We get 2 billion reads a day. Over a day that's a lot.", False),
    ],
)
def test_a_figure_spread_over_a_span_in_the_next_sentence_is_checked(text: str, slipped: bool) -> None:
    assert bool(_slips(text)) is slipped
