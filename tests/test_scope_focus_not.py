"""R006: the focus named and another part set against it ("focus = the matching, not payments / driver onboarding
etc.", "Focus: the bidder, not the campaign UI") narrows the scope; a focus named alone ("our focus is
correctness") sets nothing aside."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Ride pooling\n\n## Requirements\n- riders request a shared ride\n{}\n\n## Design\nA matcher per city.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line", ["focus = the matching, not payments / driver onboarding etc.", "- Focus: the matcher, not the rider app"]
)
def test_a_focus_set_against_another_part_narrows_the_scope(line: str) -> None:
    assert not _r006(line)


def test_a_focus_named_alone_sets_nothing_aside() -> None:
    assert _r006("- our focus is correctness of the seat count")
