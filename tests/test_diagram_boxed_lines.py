"""H005: a drawing typed as a paragraph, its boxes in brackets opening their lines and a wire leaving each
("  [clerk tablet]----\\", "  [big screen] ------- +", "[client] <==ws==> [collab server]"), is a diagram. Lines
that open with a bracket but hold no wire (a link's reference, a checklist, a citation) are not."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Charity auction\n\n## Requirements\n- bids from the room and by phone\n\n## Design\n\n{}\n"

DRAWING = (
    "  [clerk tablet]----\\\n"
    "  [auctioneer view]--+--- local router --- [mini PC: auction svc + sqlite]\n"
    "  [phone bank x20]---/          |\n"
    "  [big screen] ---------------- +"
)
TWO_WAY = (
    "  [client] <==ws==> [collab server for doc D]\n  [collab server] ---- [op log]\n  [comment svc] ==== [comments db]"
)


def _h005(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("H005",)))


@pytest.mark.parametrize("text", [DRAWING, TWO_WAY])
def test_boxes_in_brackets_with_wires_are_a_drawing(text: str) -> None:
    assert not _h005(text)


@pytest.mark.parametrize(
    "text",
    [
        "[1] the venue contract\n[2] the auction house rules\n[3] the payment provider terms",
        "[00:05] -> asked about coupon expiry\n[00:12] -> drew the API and the DB\n[00:30] -> ran out of time",
    ],
)
def test_bracketed_lines_without_wires_or_a_log_are_none(text: str) -> None:
    assert _h005(text)
