"""D001: how many dives, named as counted. A section that holds several dives (bold lead-ins over their own
reasoning) is named once with how many it holds; a section titled for how the system fails holds one dive, its
bolded cases being the cases of that dive; a transcript whose dives are the interviewer's asks is not told to keep
fewer (the writer did not choose how many)."""

from __future__ import annotations

import pytest

from conftest import messages

_REASON = (
    "we looked at doing this in the request path and in a background worker, and the worker wins because a slow "
    "partner must never hold a checkout open; the cost is a few seconds of staleness, which shoppers accept."
)
_CASES = "\n".join(f"- **{case}**: {_REASON}" for case in ("Queue down", "Worker crash", "Partner timeout", "Disk full"))


def _doc(fourth_title: str) -> str:
    return (
        "# Gift card service\n\n## Requirements\n\n- buy a card\n- redeem a card\n- check a balance\n\n"
        "## High-level design\n\nClients call an API in front of a card service and a ledger.\n\n## Deep dives\n\n"
        f"### Hot cards\n\n{_REASON}\n\n### Redeeming twice\n\n{_REASON}\n\n### {fourth_title}\n\n{_CASES}\n"
    )


def test_a_failure_section_holds_one_dive() -> None:
    assert messages(_doc("When something is broken"), "D001") == []


@pytest.mark.parametrize("title", ["Partner sync", "Ledger batches"])
def test_a_section_of_several_dives_is_named_once_with_its_count(title: str) -> None:
    found = messages(_doc(title), "D001")
    assert len(found) == 1 and f"'{title}' (4)" in found[0] and found[0].startswith("6 deep dives")


_ASKS = ("Hot cards?", "Redeeming twice?", "Refunds?", "Fraud?", "Expiry?", "Partial redemption?", "Audit trail?")


def _transcript() -> str:
    turns = "\n\n".join(f"**Sam:** {ask}\n\n**Me:** {_REASON}" for ask in _ASKS)
    return (
        "# Mock interview: gift cards\n\n**Sam:** Design a gift card service.\n\n**Me:** Who buys, who "
        "redeems?\n\n**Sam:** Shoppers buy and redeem online.\n\n**Me:** So: buy a card, redeem it, check "
        "a balance. The API:\n\n```\nPOST /cards {amount}\nPOST /cards/{id}/redeem {amount, order_id}\n"
        "GET /cards/{id}\n```\n\nTables: `cards(id, balance_cents, expires_at)`, `redemptions(id, card_id, "
        "order_id unique, amount_cents)`.\n\n```\nshop -> api -> card service -> ledger db\n```\n\n" + turns + "\n"
    )


def test_a_transcript_of_many_asks_is_not_told_to_keep_fewer() -> None:
    assert not any("keep the few" in m for m in messages(_transcript(), "D001"))
