"""Contractions read as they are typed: "can't" and "won't" are the modal and its "not" run together ("can" +
"n't" would be "cann't"), and a curly apostrophe ("can’t", as blog posts are typeset) is the straight one. So
"the locker can’t depend on the server being reachable" is an availability stance (R002), and "one node won't keep
up ..., so a queue goes in front" names an option's limit beside the one chosen (D002)."""

from __future__ import annotations

import pytest

from conftest import messages, nfr_unmet

_REQS = """# Parcel lockers

## Requirements

- couriers drop parcels into lockers; recipients open a door with a code
- {ask}
"""

_DIVE = """# Parcel scans

## Requirements

- scan parcels at every depot

## High-level design

app -> api -> db

## Deep dives

### Ingest

Scans go straight into one Postgres node with an index on the parcel code; a single query serves each view. At a
million scanners one node {verb} keep up with the inserts, so a queue goes in front of it.
"""


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_stance_told_with_cant_counts(apostrophe: str) -> None:
    ask = f"The locker can{apostrophe}t depend on the server being reachable to open a door."
    assert "availability" not in nfr_unmet(_REQS.format(ask=ask))


def test_an_ask_without_the_stance_still_misses_it() -> None:
    assert "availability" in nfr_unmet(_REQS.format(ask="The locker opens a door when the code is right."))


@pytest.mark.parametrize("verb", ["won't", "won’t", "can't"])
def test_an_options_limit_told_with_a_contraction_is_weighed(verb: str) -> None:
    assert messages(_DIVE.format(verb=verb), "D002") == []


def test_a_dive_with_no_limit_told_weighs_one_option() -> None:
    assert messages(_DIVE.format(verb="will easily"), "D002")
