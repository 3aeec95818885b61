"""D005: a part in a bad state as the condition, in any verb ("if the senders are overloaded / down we queue",
"if a relay starts erroring the client moves to the next", "when the signer keeps timing out"), and losing some of
many while still serving ("we can lose any two of them"), are failure modes; a person or a page in such words
("if the reviewer is overloaded", a form "returning errors" to a user who typed it wrong) is not a part failing."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "bad_state",
    [
        "if the senders are overloaded / down we hold deliveries in a side table and drain it later",
        "If a relay starts erroring, the client moves to the next relay in its list.",
        "When the signing service keeps timing out, deliveries wait in the queue until it answers again.",
        "Each payload is stored as 6 data chunks and 3 parity chunks on nine machines, so we can lose any three "
        "of them and still rebuild it.",
    ],
)
def test_a_part_in_a_bad_state_is_a_failure_mode(bad_state: str) -> None:
    assert not _d005(bad_state)


@pytest.mark.parametrize(
    "no_part",
    [
        "Merchants see their delivery history on a page with filters for status and date.",
        "We lose any hope of ordering across merchants, which nobody asked for.",
    ],
)
def test_the_same_words_with_no_part_failing_are_not(no_part: str) -> None:
    assert _d005(no_part)
