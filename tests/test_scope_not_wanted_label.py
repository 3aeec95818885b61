"""R006: a label for what the writer does not want or need, over the parts ("What we do not want: member
administration", "Not needed: ..."), sets those parts aside, as "Out:" does; so does a part said to be "not phase 1".
A sentence about what users should not suffer ("We don't want users to wait."), a label over an outcome to avoid
("What we do not want: double bookings"), a label over a figure ("we do not want: 200 req/s") and a phase ranked
("The hard part is not phase 1.") set nothing aside."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Rowing club boats\n\n## What the system must do\n- members book boats for a time slot\n- damage is logged\n\n"
    "## Design\n\nA small web app with a database, hosted by the club.\n\n## More\n\n{}\n"
)


def _r006(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("R006",)))


@pytest.mark.parametrize(
    "text",
    [
        "What we do not want: member administration. This stays in the treasurer's program.",
        "Not needed: invoices, the treasurer makes them.",
        "- Should the app show the river's water level? Nice, but not phase 1.",
    ],
)
def test_what_is_not_wanted_or_not_phase_one_is_set_aside(text: str) -> None:
    assert not _r006(text)


@pytest.mark.parametrize(
    "text",
    [
        "We don't want members to wait for a boat.",
        "- we do not want: 200 req/s",
        "What we do not want: double bookings.",
        "What we don't want: members waiting at the jetty.",
        "Not wanted: duplicate reservations.",
        "The hard part is not phase 1.",
    ],
)
def test_a_wish_an_outcome_a_figure_or_a_rank_sets_nothing_aside(text: str) -> None:
    assert _r006(text)
