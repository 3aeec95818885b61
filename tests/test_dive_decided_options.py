"""D001: one dive that lays out ways of doing one thing as lead-ins, lettered or numbered in bold, and then picks
one in the writer's own voice ("I choose B.", "We pick 2") weighs options; it is one dive, not one per option.
A section on how the whole system grows later ("Later, when it grows") is its scaling path, no dive."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Shared whiteboard

## Requirements

- Several people draw on one board at once; strokes appear for everyone within a second.

## High-level design

Browser -> websocket gateway -> board service -> Postgres (boards) and S3 (snapshots).

## Deep dive

Two people move the same sticky note at the same moment, or one deletes a shape the other is recolouring.

**A) Operational transform** on a central server: every edit is rewritten against the ones it raced with. Exact,
but the transform functions grow with every new shape type and are hard to get right.

**B) Last writer wins per property**, ordered by the board service's sequence number, not by client clocks. A
moved note and a recoloured note keep both changes because they touch different properties.

I choose B. Whiteboard conflicts are cheap to lose, and a deleted shape wins over any edit that raced it.

## Later, when it grows

- boards with thousands of viewers: fan strokes out through a relay per region instead of one gateway
- snapshot big boards every 500 edits so a joining client does not replay the whole history
"""


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


FOUND_ONE = ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_lettered_options_decided_in_the_writers_voice_are_one_dive() -> None:
    assert _d001(DOC) == FOUND_ONE


def test_numbered_options_decided_by_number_are_one_dive() -> None:
    numbered = DOC.replace("**A) Operational transform**", "1. **Operational transform**")
    numbered = numbered.replace("**B) Last writer wins per property**", "2. **Last writer wins per property**")
    assert _d001(numbered.replace("I choose B.", "We pick 2.")) == FOUND_ONE


def test_lettered_topics_with_no_pick_are_dives_of_their_own() -> None:
    assert _d001(DOC.replace("I choose B. ", "")) == []


def test_a_section_that_grows_one_part_is_still_a_dive() -> None:
    assert _d001(DOC.replace("## Later, when it grows", "## Relays for big boards")) == []


def test_growth_told_later_is_no_dive() -> None:
    plain = DOC.replace("**A) Operational transform** on a central server", "Operational transform on a server")
    plain = plain.replace("**B) Last writer wins per property**", "Last writer wins per property")
    assert _d001(plain) == FOUND_ONE
    assert _d001(plain.replace("## Later, when it grows", "## Relays for big boards")) == []


NOTES = """# Car auctions

## Requirements

- Dealers bid on used cars in timed auctions; the highest bid at the close wins.

## High-level design

Browser -> gateway -> bid engine -> Kafka -> Postgres.

## Deep dive

- opt A: each bid is a DB transaction that locks the auction row and compares with the high bid. Simple, the DB
  orders bids for us, but the row lock is contended exactly when it matters, in the last ten seconds of a popular
  auction, and every waiting bid holds a connection.
- opt B: one in-memory actor per auction on one engine node, bids handled in arrival order, checked against the
  high bid in memory and appended to a replicated log before the ack; the database is written behind, so a slow
  database never slows a bid.
- -> B. The cost of B is ownership: a lease says which node owns which auction, and state is rebuilt from the log.

## Later / growing

- more auctions -> more engine nodes, auctions spread by consistent hashing
"""


def test_plain_lettered_options_picked_by_an_arrow_are_one_dive() -> None:
    assert _d001(NOTES) == FOUND_ONE



def test_plain_lettered_options_with_no_pick_are_dives_of_their_own() -> None:
    assert _d001(NOTES.replace("- -> B. The cost of B", "- Either way, the cost")) == []
