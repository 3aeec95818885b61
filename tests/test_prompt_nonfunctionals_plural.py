"""In a transcript, "What about non-functionals?" asks for the non-functional requirements, as "non-functional
requirements?" does: the list that answers it is read for targets, not taken for a deep dive."""

from __future__ import annotations

from conftest import messages

DOC = """# Marathon runner tracking

**Interviewer:** Spectators want to follow runners live during a city marathon.

**Me:** So runners' phones send positions, spectators follow a few runners on a map. Out of scope: timing chips.

**Interviewer:** How much traffic?

**Me:** 30,000 phones sending a point every 10 seconds is 30,000 / 10 = 3,000 writes a second.

**Interviewer:** How would you store the points?

**Me:** Latest position per runner in Redis, the full track appended to Cassandra keyed by runner and race.

**Interviewer:** {ask}

**Me:** My list:

- freshness: from the phone sending a point to the spectator seeing it, under 5 seconds end to end
- availability: 99.9% on race morning, no single point of failure
"""


def _r003(ask: str) -> list[str]:
    return messages(DOC.format(ask=ask), "R003")


def test_the_plural_asks_for_the_requirements() -> None:
    assert _r003("We'll come back to that. What about non-functionals?") == []
    assert _r003("What about non-functional requirements?") == []
