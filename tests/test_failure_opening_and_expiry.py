"""D005: the opening of notes tells the problem as it stands ("paper stamp cards get lost / faked"), not what
the design does when a part fails; a code that expires ("the QR is dead after ~60s") or a way that does not
scale ("dead at 25M rows") is no failure either. A part failing in the design still is."""

from __future__ import annotations

import pytest

from conftest import lint_string

NOTES = """bike shed keys - practice run #2

context: a club lends keys to its bike shed, {problem}, the treasurer wants an app.

Functional
- member opens the shed with a QR code from the app
- treasurer sees who opened it and when

High level
- app -> api -> postgres; the lock polls the api for the current code

Deep dive - the QR code
- code rotates every minute, signed by the api
- {code}
"""


def _d005(problem: str = "paper key lists get lost", code: str = "a screenshot is dead after ~60s") -> bool:
    return bool(lint_string(NOTES.format(problem=problem, code=code), select=("D005",)))


@pytest.mark.parametrize(
    ("problem", "code"),
    [
        ("paper key lists get lost / faked", "a screenshot is dead after ~60s, good enough for a shed"),
        ("keys get lost every month", "the old code is dead within 2 minutes"),
        ("the spreadsheet of holders gets lost", "rank by COUNT(*) is fine at 10k rows, dead at 25M"),
    ],
)
def test_an_opening_problem_or_an_expiry_is_no_failure_mode(problem: str, code: str) -> None:
    assert _d005(problem, code)


def test_a_part_failing_in_the_design_is_a_failure_mode() -> None:
    assert not _d005(code="if the api is down, the lock keeps the last code and lets it open for an hour")
