"""D005: the answer to a question that names a single point of failure or a part out of reach says what happens
("Isn't that a SPOF?" over "a hot secondary reads the same log ..."); a part that stops heartbeating is a part
failing. An answer put off says nothing."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "said",
    [
        "Interviewer: One sender box for all of them. Isn't that a SPOF?\nMe: Yes, so a second box reads the same "
        "outbox and takes the lead when the first one's lease expires.",
        "But what if the merchant's endpoint is not reachable? We keep the event and try it again with backoff for "
        "three days.",
        "The lease holder writes its timestamp every second; once it stops heartbeating, another sender takes the "
        "lease.",
    ],
)
def test_a_single_point_or_a_part_out_of_reach_answered_is_a_failure_mode(said: str) -> None:
    assert not _d005(said)


def test_a_question_about_a_single_point_put_off_says_nothing() -> None:
    said = "Interviewer: One sender box for all of them. Isn't that a SPOF?\nMe: Good question, let me come back to it."
    assert _d005(said)
