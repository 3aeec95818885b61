"""D001: under a title that names the deep-dive step and one topic ("Deep dive: the redeem, how not to spend
twice"), lead-ins are the points of that one dive; under a bare "Deep dive" they are dives of their own."""

from __future__ import annotations

from conftest import messages

HEAD = """# Gift cards

## Requirements

- Buy a gift card, redeem it at checkout, see the balance.

## High-level design

Checkout calls the card service, which keeps balances in Postgres and writes every change to a ledger.

## {title}

The race: two checkouts redeem the same card in the same second. Each runs one conditional update, subtract the
amount only if the balance covers it, inside the transaction that writes the ledger row, so one of them wins and
the other is told the balance is short; a lock held across the payment call would serialise every checkout.

Partial payments: when the card covers only part of the order, the rest goes to the bank card. The redeem is
held, not settled, until the bank answers, and released if the bank declines, so no balance is lost when the
second payment fails; an idempotency key on the checkout id makes a retried redeem do nothing twice.
"""


def test_lead_ins_under_one_named_topic_are_one_dive() -> None:
    found = messages(HEAD.format(title="Deep dive: the redeem, how not to spend twice"), "D001")
    assert found and "found: 1" in found[0]


def test_lead_ins_under_a_bare_deep_dive_are_dives_of_their_own() -> None:
    assert messages(HEAD.format(title="Deep dive"), "D001") == []
