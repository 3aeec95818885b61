"""D005: "dead" said of a thing that lapses or is withdrawn ("a sweeper cleans up dead holds", "you can't pay on a
dead hold", "the parent revokes -> code dead") and "fail" said of people at the task the product serves ("a climb
that lots of climbers fail on") say no part fails. The same words about the system's parts ("if the sender dies",
"a dead worker") still do."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "other_sense",
    [
        "A hold lasts ten minutes; a sweeper or just the expiry check on read cleans up dead holds.",
        "The checkout session expires with the hold, so nobody can pay on a dead hold.",
        "If the merchant revokes the key before Friday -> code dead, and the shop gets an email.",
        "A route that lots of climbers fail on is harder than one they flash, whatever the votes say.",
    ],
)
def test_lapsed_things_and_people_failing_are_no_failure_mode(other_sense: str) -> None:
    assert _d005(other_sense)


@pytest.mark.parametrize(
    "system",
    [
        "If the sender dies mid-batch, the rows stay unsent and the next worker takes them.",
        "A dead worker's lease runs out after 30 s and another worker picks its rows up.",
    ],
)
def test_the_same_words_about_the_systems_parts_still_count(system: str) -> None:
    assert not _d005(system)
