"""D001: a section whose title calls its topic the one hard part ("redeeming - the one interesting bit") holds one
dive, however many lead-ins it has; and a facet label right below a dive ("what to do:", "mitigations:") holds that
dive's fixes, not dives of its own."""

from __future__ import annotations

import pytest
from test_dives_one_topic_title import HEAD

from conftest import messages

NOTES = """gift cards - practice notes

reqs
- buy a gift card, redeem it at checkout, see the balance

design
- checkout -> card svc -> postgres, every change also written to a ledger table

deep dives

{title}
the race: two checkouts redeem the same card in the same second. each runs one conditional update, subtract the
amount only if the balance covers it, inside the tx that writes the ledger row, so one wins and the other is told
the balance is short; a lock held across the payment call would serialise every checkout
partial payments: when the card covers only part of the order the rest goes to the bank card. the redeem is held,
not settled, until the bank answers, and released if the bank declines, so no balance is lost when it fails
retries: the checkout id is the key of the redeem, so a retried redeem after a timeout does nothing twice and the
client can retry as often as it likes without spending the card twice, which the support team asked for

open
- who owns the ledger reports
"""

FIXES = """deep dive: redeeming without spending twice
two checkouts can redeem the same card in the same second while a bank card pays the rest, and the balance must
never go below zero or lose money when the second payment fails. this is where the bugs would be.

{label}
1. conditional update: subtract the amount only if the balance covers it, inside the tx that writes the ledger
   row, so one of two checkouts wins and the other is told the balance is short, with no lock held at all
2. hold, then settle: the redeem is held until the bank answers and released if the bank declines, so no balance
   is lost when the second payment fails, and a nightly job releases any hold older than an hour
3. idempotency: the checkout id is the key of the redeem, so a retried redeem after a timeout does nothing twice
   and the client can retry safely as often as it likes without double spending the card
"""


def _found(text: str) -> str:
    found = messages(text, "D001")
    return found[0] if found else ""


OPEN = "\n## Open points\n\n- who owns the ledger reports\n"


def test_lead_ins_under_a_title_calling_its_topic_the_one_hard_part_are_one_dive() -> None:
    assert "found: 1" in _found(HEAD.format(title="Redeeming - the one interesting bit") + OPEN)


def test_lead_ins_under_a_plain_topic_title_are_dives_of_their_own() -> None:
    assert _found(HEAD.format(title="Redeeming") + OPEN) == ""


@pytest.mark.parametrize("label", ["what to do:", "mitigations:"])
def test_a_facet_label_below_a_dive_holds_its_fixes(label: str) -> None:
    doc = NOTES.replace("{title}\n", "").split("the race:")[0] + FIXES.format(label=label)
    assert "found: 1" in _found(doc)
