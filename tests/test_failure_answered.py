"""D005 in a mock-interview transcript: the interviewer names the part that fails and the answer says what
happens, without naming the failure again. An answer put off, set aside or about a payment the bank declines says
no failure mode; nor does a write-up that says in a verb of its own that it ignores failover."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Webhook delivery

## Requirements

- Merchants register an endpoint and receive an event for each order change.

## High-level design

An outbox table feeds a sender pool that posts signed events to merchant endpoints.

## Deep dives

### Sending

"""


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


@pytest.mark.parametrize(
    "answered",
    [
        "Interviewer: And if a merchant's server is offline for an afternoon?\n"
        "Me: The sender keeps the event and tries again at 1, 10 and 60 minutes, then every few hours for two days.",
        "Interviewer: Say the sender pool goes away mid-batch. What then?\n"
        "Me: Nothing is marked sent until the post returns, so a fresh worker picks the same rows up again.",
        "Q: what if the outbox db dies\nA: orders keep arriving in the shop's own queue and drain once it is back",
    ],
)
def test_an_answer_to_a_question_naming_a_part_that_fails_is_a_failure_mode(answered: str) -> None:
    assert not _d005(answered)


@pytest.mark.parametrize(
    "not_answered",
    [
        # put off: one sentence of the turn defers the rest
        "Interviewer: What happens if the outbox db goes down?\n"
        "Me: That's something I'd want to dig into. The outbox sits on the hot path of every order update here.\n"
        "Interviewer: Let's move on.",
        # a payment the bank turns down is no part failing
        "Interviewer: What happens when a payment fails?\n"
        "Me: The card was declined, so we show the reason the bank gave and the buyer picks another card.",
        # the question asks about a part, the answer only fills the wait
        "Interviewer: What if the sender pool crashes?\nMe: Good question, hmm.",
        # a question about something else answered at length
        "Interviewer: How big is a typical event?\nMe: Around two kilobytes of JSON, signed with the merchant's key.",
    ],
)
def test_an_answer_put_off_or_to_another_question_is_none(not_answered: str) -> None:
    assert _d005(not_answered)


@pytest.mark.parametrize(
    "set_aside",
    [
        "This write-up deliberately ignores replication, failover and disaster recovery; the managed database has them.",
        "This section skips failover and backups: the interesting part is the retry schedule for slow merchants.",
    ],
)
def test_a_write_up_that_ignores_failover_in_a_verb_of_its_own_says_none(set_aside: str) -> None:
    assert _d005(set_aside)


def test_a_failed_payment_in_notes_is_no_failure_mode() -> None:
    assert _d005("payment states\nCREATED -> PAID\nuser sees failed payment -> picks another card")
