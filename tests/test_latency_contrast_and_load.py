"""R003: a figure that is no bound on the system's speed sets no latency target: the slow way it is set against
("you know right away, not an email ten minutes later") and a count of things over a span ("4,000 signups in
2 minutes", which is load)."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Volunteer shift signup

## Requirements

- Organisers post shifts with a number of slots; volunteers sign up and cancel.
- No overbooking: a shift with six slots never confirms a seventh person.
- {ask}
- Out of scope: payments and background checks.
"""


def _r003(ask: str) -> list[str]:
    return messages(DOC.format(ask=ask), "R003")


@pytest.mark.parametrize(
    "ask",
    [
        "Signup should feel fast: you know right away if you got the slot, not an email ten minutes later.",
        "Signup should feel fast even when a big event opens and 4,000 signups arrive in 2 minutes.",
        "Signup should be fast, with an answer on screen rather than a text 5 minutes later.",
    ],
)
def test_no_bound_on_speed_is_no_target(ask: str) -> None:
    assert _r003(ask)


def test_a_bound_is_still_a_target() -> None:
    assert _r003("Signup should feel fast: an answer within 300 ms at p99, even when a big event opens.") == []
    assert _r003("Signup should feel fast: the answer comes in 2 seconds, not an email later.") == []
