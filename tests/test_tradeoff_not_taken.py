"""D004: one way taken with the other named as not taken, then why ("redis not postgres for the codes: TTL gives
expiry for free, pg would need a cleanup job") weighs a choice; "not" in a condition or after a verb does not."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# OTP codes\n\n## Requirements\n\n- send a code; check it within 5 minutes\n\n## Design\n\n"


def _d004(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + line + "\n", select=("D004",))]


@pytest.mark.parametrize(
    "line",
    [
        "redis not postgres for the codes: TTL gives expiry for free, pg would need a cleanup job.",
        "Kafka not RabbitMQ: we need to replay a day of events after a bad deploy.",
    ],
)
def test_a_way_taken_over_one_named_weighs_a_choice(line: str) -> None:
    assert _d004(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "If payment not finish, the hold expire and the code go back to the pool.",
        "The code is not needed for login, only for checkout.",
        "We do not store the code itself, only its hash: a leaked table gives nothing.",
    ],
)
def test_not_in_a_condition_or_after_a_verb_weighs_nothing(line: str) -> None:
    assert _d004(line) == ["D004"]
