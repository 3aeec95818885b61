"""R002/R003: how old what is shown may be, bounded ("Freshness: position on screen not older than ca. 10
seconds"), is a latency target; data kept for a span given as "10+ yrs" ("keep history 10+ yrs") is a stance on
durability. Freshness without a bound is asked for with no target."""

from __future__ import annotations

import pytest

from conftest import messages

_REQS = """# School bus tracker

## Requirements

- parents see their child's bus on a map
- parents get a push when the bus is 5 minutes away
- {line}
- availability matters only on school days, 6-9h and 14-17h
- only parents of children on the route see it (access control per route)
"""


def test_a_bounded_freshness_is_a_latency_target() -> None:
    text = _REQS.format(line="Freshness: position on screen not older than ca. 10 seconds.")
    assert messages(text, "R003") == [] and messages(text, "R002") == []


def test_freshness_with_no_bound_has_no_target() -> None:
    found = messages(_REQS.format(line="Freshness matters: positions should be recent."), "R003")
    assert len(found) == 1


@pytest.mark.parametrize("line", ["keep history 10+ yrs for disputes", "trip logs retained 7+ years"])
def test_retention_with_a_plus_is_durability(line: str) -> None:
    found = messages(_REQS.format(line=line), "R002")
    assert not any("durability" in m.rpartition("need for:")[2] for m in found)
