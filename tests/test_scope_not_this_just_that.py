"""R006: a sentence that opens by setting one part against the rest ("Not the real-time co-editing part (a
different beast), just the history", "Not a full CRDT, only last-writer-wins") narrows the scope. A judgement
with no part named ("Not bad, just slow") narrows nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Version history\n\n{}\n\n## Requirements\n- keep every change\n\n## Design\nOne history service.\n"


def _r006(opening: str) -> bool:
    return bool(lint_string(DOC.format(opening), select=("R006",)))


@pytest.mark.parametrize(
    "opening",
    [
        "I sketched the history panel. Not the real-time co-editing part (a different beast, OT and all that), "
        "just the history.",
        "Not a full CRDT, only last-writer-wins.",
    ],
)
def test_one_part_set_against_the_rest_narrows_the_scope(opening: str) -> None:
    assert not _r006(opening)


@pytest.mark.parametrize("opening", ["Not bad, just slow.", "It is not a big system, we keep it simple."])
def test_a_judgement_narrows_nothing(opening: str) -> None:
    assert _r006(opening)
