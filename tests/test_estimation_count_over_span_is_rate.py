"""E001: a count over a span said to be a rate a second, in the talk ("5000 in a minute is ~80/s, fine for one row",
"2000 bookings per hour is ~0.6/s") works a figure out, wherever it sits; a rate given alone ("about 80/s at peak") or a
count over a span with no rate after it does not."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Delivery slots

## Requirements
- customers book a delivery slot

## Numbers
- 40k orders a day, 800 slots a day

## Design
Me: {said}
"""


def _e001(said: str) -> bool:
    return bool(lint_string(DOC.format(said=said), select=("E001",)))


@pytest.mark.parametrize(
    "said",
    [
        "Depends over how long. 5000 in a minute is ~80/s, fine for one row.",
        "2000 bookings per hour is ~0.6/s, nothing.",
        "Depends. 5000 in a minute is 80/second, fine for one row.",
    ],
)
def test_a_count_over_a_span_said_as_a_rate_is_worked_out(said: str) -> None:
    assert not _e001(said)


@pytest.mark.parametrize("said", ["About 80/s at peak, fine for one row.", "5000 in a minute, fine for one row."])
def test_a_rate_alone_or_a_count_over_a_span_is_only_given(said: str) -> None:
    assert _e001(said)
