"""E001: a result worked out in words may be hedged between "so" and its figure: "30 lots, 40 bids per lot, so at
most ~1000 bid events", "so maybe 250 bookings on one day". Those derive a figure as "so ~1200" does. A hedge that
opens a sentence states the figure afresh ("At most ~1000 bid events."), and "so maybe" before no figure derives
nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Charity auction\n\n## Requirements\n- bids from the room\n\n## Numbers\n\n{}\n\n## Design\ntablet -> box -> sqlite\n"


def _e001(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("E001",)))


@pytest.mark.parametrize(
    "text",
    [
        "Me: Tiny. 30 lots, maybe 20-40 bids per lot in a hot one, so at most ~1000 bid events in the whole evening.",
        "3,000 visitors and 9 talks on the biggest day, so maybe 250 bookings on one day.",
    ],
)
def test_a_hedged_result_after_so_is_derived(text: str) -> None:
    assert not _e001(text)


@pytest.mark.parametrize(
    "text", ["Just 30 lots. At most ~1000 bid events.", "We have 9 talks, so maybe we add more later."]
)
def test_a_hedge_opening_a_sentence_or_before_no_figure_derives_nothing(text: str) -> None:
    assert _e001(text)
