"""R003/R002: a bound on how far behind the live state a shown figure may be is a latency target, told as a lag ("no
more than five seconds behind reality"), as an age ("Live counts not older than ca. 2 minutes", "the current count
on the dashboard, no more than ~1 h old") or as freshness with its figure after a comma ("reasonably fresh, a minute
or so"). A tolerance for staleness ("can lag up to 30 s") still is not, nor an age that says what is kept or
summed ("crossings older than 13 months are rolled up")."""

from __future__ import annotations

import pytest

from conftest import messages, nfr_unmet

DOC = """# Door counter

## Requirements

- Show how many people are inside on the front desk screen. {ask}
- Keep every counted crossing; the yearly totals go to the funder.
- Keep the hardware cheap.
"""


@pytest.mark.parametrize(
    "ask",
    [
        "It must be no more than five seconds behind reality.",
        "The figure should be at most 3 s behind the doors.",
        "Never more than 2 seconds old, the fire limit depends on it.",
        "Live counts not older than ca. 2 minutes.",
        "The current count on the dashboard, no more than ~1 h old when the counter is online.",
        "Counts need to be reasonably fresh, a minute or so.",
    ],
)
def test_a_bound_behind_the_live_state_is_a_latency_target(ask: str) -> None:
    text = DOC.format(ask=ask)
    assert messages(text, "R003") == []
    assert "latency" not in nfr_unmet(text)


@pytest.mark.parametrize(
    "ask",
    [
        "Crossings older than 13 months are rolled up into daily totals.",
        "The screen keeps at most 2 hours of history for each door.",
    ],
)
def test_an_age_of_what_is_kept_is_no_target(ask: str) -> None:
    assert messages(DOC.format(ask=ask), "R003")


def test_an_ask_without_a_bound_still_wants_one() -> None:
    assert messages(DOC.format(ask="It has to be fast."), "R003")


def test_a_tolerance_for_lag_is_no_latency_ask() -> None:
    missing = messages(DOC.format(ask="It can lag up to 30 seconds, nobody minds."), "R002")
    assert missing and "latency" in missing[0].split("say what you need for")[-1]
