"""R006: a part the interviewer or writer assumes is had already ("Assume we have a content team that produces
decks already", "assume we already have a payment provider") is outside the design; a figure assumed ("assume we
have 10M users") or a part had without "already" leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Flashcard scheduler\n\n## Requirements\n{}\n- record a review\n- build the daily queue\n\n## Design\nA queue builder.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "Interviewer: Assume we have a content team that produces decks already.",
        "- assume we already have a payment provider",
        "Assume you have the login service already, it hands us a user id.",
    ],
)
def test_a_part_assumed_to_be_had_already_is_left_out(line: str) -> None:
    assert not _r006(line)


@pytest.mark.parametrize(
    "line",
    ["- assume we have 10M users already", "- assume we have a small team", "- we already have a payment provider"],
)
def test_figures_and_parts_had_without_assuming_leave_nothing_out(line: str) -> None:
    assert _r006(line)
