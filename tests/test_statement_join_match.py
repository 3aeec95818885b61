"""A term that opens on the end of the sentence before ("[.!?:] " and a question after it) is found in the statement
it opens, not in the one before: D004 reads "sql or nosql? -> postgres, since ..." as two ways weighed with the
reason beside them even when another statement comes first (it read the question as part of the line before it,
found no reason there, and said the doc weighs nothing)."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Parking bays\n\n## Requirements\n- drivers see free bays near them\n\n"
    "## Design\n\nsensor -> gateway -> queue -> bay service -> cache -> app\n\n## Deep dive\n\n{}\n"
)


def _d004(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("D004",)))


@pytest.mark.parametrize(
    "text",
    [
        "- sql or nosql? -> postgres, since the bays and garages are relational",
        "Bays change state often. Push or poll? Push, because 20k apps polling every 5 s is 4k req/s.",
    ],
)
def test_a_question_after_another_statement_is_read_with_its_own_answer(text: str) -> None:
    assert not _d004(text)


@pytest.mark.parametrize("text", ["- sql or nosql? -> postgres", "Bays change state often. Push or poll? Push."])
def test_a_question_answered_with_no_reason_still_weighs_nothing(text: str) -> None:
    assert _d004(text)
