"""R006: being told not to spend time on a part ("There could be a live option, but don't spend time on it", "dont
spend any time on refunds") leaves it out, as "I wouldn't spend time on it" already does; spending time
on a part ("spend time on the matching") leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Exam proctoring\n\n## Requirements\n- students sit exams from home\n{}\n\n## Design\nA recorder and a review queue.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "Interviewer: There could be a live option, but don't spend time on it.",
        "- dont spend any time on refunds",
        "- do not spend too much time on the admin screens",
    ],
)
def test_told_not_to_spend_time_on_a_part_leaves_it_out(line: str) -> None:
    assert not _r006(line)


def test_spending_time_on_a_part_leaves_nothing_out() -> None:
    assert _r006("- we should spend time on the flagging model")


def test_what_others_do_not_spend_time_on_leaves_nothing_out() -> None:
    assert _r006("- reminders arrive by mail, so users don't spend time on manual data entry")
