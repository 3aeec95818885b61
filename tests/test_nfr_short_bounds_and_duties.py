"""R002-R004 on non-functional lines as notes and second-language writers put them: a bound written "max. 15
seconds" is a latency target, and "must not be down", "can't go down" ask for availability (with no figure)."""

from __future__ import annotations

from conftest import messages

DOC = """# Live match scores

## What the system must do

- record each goal from the scorer's tablet
- show the score on the web page and in the app
- push a goal to followers of the team

## Requirements non functional

- {latency}
- {availability}
"""


def _doc(latency: str = "Score visible in the app max. 10 seconds after the goal.", availability: str = "") -> str:
    return DOC.format(latency=latency, availability=availability or "Scores are kept for the season.")


def test_max_with_a_period_bounds_latency() -> None:
    assert messages(_doc(), "R003") == []
    topics = messages(_doc(), "R002")
    assert topics and "latency" in topics[0].split(";")[0]


def test_a_vague_speed_still_has_no_target() -> None:
    assert messages(_doc(latency="Score visible in the app quickly after the goal."), "R003")


def test_must_not_be_down_asks_for_availability() -> None:
    for said in ("The app must not be down on match day.", "The board can't go down during a match."):
        found = messages(_doc(availability=said), "R004")
        assert found and "is asked for" in found[0]
        assert "availability" in messages(_doc(availability=said), "R002")[0].split(";")[0]
