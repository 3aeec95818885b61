"""R006: an either-or asked and answered on one line ("Friends' posts, or public ones too? Friends only") narrows
the scope; one followed by a second question wrapped onto the next line ("One shop or a chain? And where do
orders come from, just the" over "till, or the web shop too?") answers nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Kitchen screens

## Requirements
Me: Clarifying first. {line}
registers, or also the delivery apps?

Interviewer: A chain, about 800 shops, orders from all of them.

## Design
Screens pull orders from a local hub.
"""


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line=line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "Is this one shop or a chain? And where do orders come from, just the",
        "One shop or a chain? Where do orders come from, just the",
        "One shop or a chain? Do orders come from just the",
    ],
)
def test_a_second_question_after_an_either_or_answers_nothing(line: str) -> None:
    assert _r006(line)


def test_an_either_or_answered_on_its_line_narrows_the_scope() -> None:
    assert not _r006("One shop or a chain? One shop for now, the")
