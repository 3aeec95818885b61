"""R003 and the reading of an essay's requirements: "speed" names the latency quality ("The second thing I care
about is speed. ... I want to see it in under two seconds" sets a target in prose); "speed up" names none."""

from __future__ import annotations

from conftest import messages

ESSAY = """# One list for the whole flat

Last month our fridge held four jars of mustard, because the shopping list lived on a whiteboard nobody reads
from inside the supermarket. So I sketched an app for it over a weekend.

The first thing I decided is that the app works offline, since the basement aisle has no signal. {speed}

**Merging edits**

Each item is a row with its own version, and two phones that tick the same item merge to ticked; an edit and a
delete of the same item keep the edit, so nothing vanishes without a rule I can explain to my flatmates.
"""

SPEED = "The second thing I care about is speed. When one of us ticks off milk, I want to see it in under two seconds."


def test_speed_with_a_bound_is_a_latency_target() -> None:
    found = messages(ESSAY.format(speed=SPEED), "R003", "S001")
    assert not any("latency" in m or "requirements" in m for m in found)


LISTED = """# One list for the whole flat

## Requirements

- flatmates add, edit and tick items
- the list works with no signal and merges later
- {line}
"""


def test_speeding_up_names_no_quality() -> None:
    asked = messages(LISTED.format(line="Speed is what matters in the aisle."), "R003")
    assert asked and "('Speed')" in asked[0]
    assert not any("('speed" in m.lower() for m in messages(LISTED.format(line="a cache should speed up the start"), "R003"))
