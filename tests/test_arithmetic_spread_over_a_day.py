"""E002: a sentence that spreads the day's total over the day in words ("Spread over the whole day that is roughly
14,000 events per second") divides the figure before it by one day; said without a rate after it ("Over the day
that's about 20M requests") it may multiply one, so it is left alone."""

from __future__ import annotations

import pytest

from conftest import messages


def _found(text: str) -> list[str]:
    return messages("# Ferry telemetry\n\n## Numbers\n\n" + text + "\n", "E002", "E007", "E008")


@pytest.mark.parametrize(
    "text",
    [
        "That is 1.2 billion events a day. Spread over the whole day that is roughly 140,000 events per second.",
        "We serve 2 billion reads a day. Averaged over a day that is about 230k qps.",
        "Ingest is about 50 TB a day. Spread over 86,400 seconds that's roughly 58 MB/s of writes.",
    ],
)
def test_a_wrong_rate_spread_over_a_day_is_an_error(text: str) -> None:
    found = _found(text)
    assert len(found) == 1
    assert "10 times too" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "That is 1.2 billion events a day. Spread over the whole day that is roughly 14,000 events per second.",
        "Ingest is about 50 TB a day. Spread over 86,400 seconds that's roughly 580 MB/s of writes.",
        "Peak is 500 rps. Over the day that's about 20M requests.",
        "Each user sends 20 messages. Over a day that is 2 billion messages.",
    ],
)
def test_a_right_rate_or_an_unsaid_step_is_clean(text: str) -> None:
    assert _found(text) == []


def test_a_rate_of_other_things_is_left_alone() -> None:
    assert _found("So 10 million pings a day. Averaged over a day that's about 1,200 couriers online per second.") == []
