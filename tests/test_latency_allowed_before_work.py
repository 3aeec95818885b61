"""R003: a time allowed before the work it allows ("it's ok if routing takes a minute, it's not customer facing")
bounds that work, as "a minute is fine" does; a speed asked elsewhere in the list is then no unquantified ask. An
allowance in hours is a batch window, not latency."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = "# Flower delivery\n\n## Requirements\n- slot check must be fast\n- {}\n\n## Design\nA web app and Postgres.\n"


def _r003(line: str) -> list[str]:
    return messages(DOC.format(line), "R003")


def test_a_time_allowed_before_the_work_is_a_bound() -> None:
    assert _r003("it's ok if routing takes a minute, it's not customer facing") == []


@pytest.mark.parametrize(
    "line",
    [
        "it's fine if the nightly import takes 2 hours",
        "it's ok if the index rebuild takes 20 minutes",
        "it's fine if a respondent takes 10 minutes to answer",
    ],
)
def test_a_batch_window_or_a_persons_pace_bounds_no_speed(line: str) -> None:
    (message,) = _r003(line)
    assert "with no target" in message
