"""In a transcript, the interviewer waving a part away ("Let's skip the API.", "Don't worry about the numbers.")
asks for nothing: no API or estimation is credited from that turn. An ask for the part still is one."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Design a parking garage finder

**Interviewer:** Drivers should see which garages near them have free spaces, and reserve one for 20 minutes.

**Me:** So a map of garages with live free counts, a reservation that holds a space, and it should be available
through the evening rush. Nothing about payments, the garage pays us monthly.

**Interviewer:** Right. {numbers} Assume 300 garages and 50k drivers a day.

**Me:** Fine. Then the hard part is the free count: gates report entries and exits, and the count drifts.

**Interviewer:** {api} It's a map and a button. Walk me through the count.

**Me:** Each garage's gate box sends entry and exit events to an ingest service, which keeps a counter per garage
in Redis and writes the events to Postgres. The map reads the counters; a reservation decrements the counter in the
same Lua script that checks it, so two drivers never get the last space. If the gate box goes offline we show the
count as stale after two minutes instead of guessing.

**Interviewer:** Draw the whole thing.

**Me:**

```
gate box -> ingest service -> Redis (free count per garage) -> map service -> driver app
                           -> Postgres (events, reservations)
```
"""


def _rules(numbers: str, api: str) -> set[str]:
    text = DOC.format(numbers=numbers, api=api)
    return {f.rule_id for f in lint_string(text, select=("H001", "E001"))}


def test_a_part_waved_away_is_not_there() -> None:
    assert _rules("Let's skip the back-of-the-envelope today.", "Let's skip the API.") == {"H001", "E001"}
    assert "H001" in _rules("Let's skip the numbers.", "Don't worry about the API.")


def test_a_part_asked_for_is_still_asked() -> None:
    # asked, then answered in the candidate's next turn only by the design: the prompt still opens the part
    assert "H001" not in _rules("Let's skip the numbers.", "Walk me through the API.")
