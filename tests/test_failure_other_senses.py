"""D005: failure words in another sense (a user retrying, counters kept redundant on purpose, a record's state
named FAILED, the loser of a race, a heartbeat kept as "last seen") and a note that the failure story was not
reached ("I haven't thought about what happens if ...") say no failure mode, nor do mechanisms the doc sets aside
("DR, backups" under "out of scope for this round") or uptime goals ("no single point of failure"); a leader lost and
replaced is one."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Ride app

## Requirements

- Riders see nearby drivers and request a ride.

## High-level design

Drivers ping a location service; a matcher pairs riders with drivers.

## Deep dives

"""


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


@pytest.mark.parametrize(
    "no_failure",
    [
        "### Login\n\nA rider can retry entering the code 3x, then the account is locked for 15 min.",
        "### Counters\n\nWe keep redundant counters on the ride row; the redundancy is deliberate, it saves a COUNT.",
        "### Wrap-up\n\nMe: Honestly I haven't thought about what happens if the ride DB goes down yet.",
        "### Reliability\n\ngoal: highly available, no SPOF\nride history is kept\n(didnt get time to go deeper)",
    ],
)
def test_failure_words_in_another_sense_or_left_for_later_are_no_failure_mode(no_failure: str) -> None:
    assert _d005(no_failure)


def test_a_failure_said_with_the_same_words_is_one() -> None:
    assert not _d005("### Payments\n\nIf the payment service crashes, the worker will retry the capture with backoff.")


@pytest.mark.parametrize(
    "no_failure",
    [
        "### Payments\n\npayment states\nCREATED -> AUTHORIZED -> FAILED\nFAILED is terminal; the rider pays again",
        "### Seats\n\nTwo riders claim the last seat: the second insert fails and they see 'taken'.",
        "### Drivers\n\ndrivers\n- each app sends a heartbeat every 60s -> last_seen column\n- the map hides a car after 5 min",
    ],
)
def test_a_state_named_failed_a_lost_race_and_presence_are_no_failure_mode(no_failure: str) -> None:
    assert _d005(no_failure)


@pytest.mark.parametrize(
    "failure",
    [
        "### Ride store\n\nrides\n- each shard 1 leader + 2 followers\n- leader loss -> the orchestrator promotes the freshest follower",
        "### Ride store\n\nThe three ride-store nodes run leader election over Raft.",
    ],
)
def test_a_leader_lost_and_replaced_is_a_failure_mode(failure: str) -> None:
    assert not _d005(failure)


@pytest.mark.parametrize(
    "set_aside",
    [
        "### Not now\n\nout of scope for this round\n- multi-region failover\n- DR, backups",
        "### Later\n\nCross-zone replication and disaster recovery are left out of this document.",
        "### Scope\n\nNon-goals for v1\n\n- Failover to a second region: the platform team's job, not designed here.",
    ],
)
def test_failure_mechanisms_the_doc_sets_aside_are_no_failure_mode(set_aside: str) -> None:
    assert _d005(set_aside)
    # the same mechanisms in the design are one
    assert not _d005("### Ride store\n\n- multi-region failover\n- DR, backups")


@pytest.mark.parametrize(
    "goal",
    [
        "### Reliability\n\nIf the ride app is down, drivers lose money, so no single point of failure anywhere.",
        "### Uptime\n\navail target: 99.95%\n=> ~22 min downtime / month allowed",
    ],
)
def test_an_uptime_goal_with_no_mechanism_is_no_failure_mode(goal: str) -> None:
    assert _d005(goal)
    assert not _d005(goal + "\n\nThe matcher runs on two hosts; if one dies the other takes its riders.")


@pytest.mark.parametrize(
    "other_sense",
    [
        "### Fares\n\nA fare moves to `FAILED` when the card is declined. `FAILED` is terminal.",
        "### Fares\n\nfare states\nCREATED → AUTHORIZED → FAILED (card declined / 3DS failed)",
        "### Login\n\nriders get a 6 digit code by sms; resend code button after 30s",
        "### Search\n\nif 0 results -> retry query w/ relaxed filters (drop the car type)",
        "### Bumper cars\n\ncar crash detection on the server; crash -> dmg from relative speed",
    ],
)
def test_a_declined_card_a_user_s_resend_a_loosened_search_and_a_game_crash_are_no_failure_mode(other_sense: str) -> None:
    assert _d005(other_sense)
