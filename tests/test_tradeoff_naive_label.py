"""D004: the naive way as a label over its trouble ("naive: int position column. insert at front = rewrite all
positions. bad for 5k-card decks"), the way taken below it, weighs a choice; a naive way named with no trouble
("naive: one table per deck") weighs nothing."""

from __future__ import annotations

import pytest
from test_weighed_notes import _d004


@pytest.mark.parametrize(
    "trouble",
    [
        "naive: int position column. insert at front = rewrite all positions. bad for 5k-card decks",
        "naive approach -> one counter row per deck, too slow under bursts",
        "naive = poll every client each second, expensive at 10k clients",
    ],
)
def test_a_naive_way_labelled_with_its_trouble_weighs_a_choice(trouble: str) -> None:
    assert not _d004(f"- {trouble}\n- used a fractional sort key instead, one row write per move\n")


def test_a_naive_way_named_without_trouble_weighs_nothing() -> None:
    assert _d004("- naive: one table per deck, rows ordered by position\n- used a sort key column\n")


def test_a_naive_way_said_not_bad_weighs_nothing() -> None:
    assert _d004("- naive: one counter row per deck, works fine, not bad at all\n- used a sort key column\n")
