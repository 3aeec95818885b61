"""R003/R002: a bound on how far behind the live state a shown figure may be ("no more than five seconds behind
reality") is a latency target; a tolerance for staleness ("can lag up to 30 s") still is not."""

from __future__ import annotations

import pytest

from conftest import messages

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
    ],
)
def test_a_bound_behind_the_live_state_is_a_latency_target(ask: str) -> None:
    text = DOC.format(ask=ask)
    assert messages(text, "R003") == []
    assert not any("latency" in m.split("say what you need for")[-1] for m in messages(text, "R002"))


def test_an_ask_without_a_bound_still_wants_one() -> None:
    assert messages(DOC.format(ask="It has to be fast."), "R003")


def test_a_tolerance_for_lag_is_no_latency_ask() -> None:
    missing = messages(DOC.format(ask="It can lag up to 30 seconds, nobody minds."), "R002")
    assert missing and "latency" in missing[0].split("say what you need for")[-1]
