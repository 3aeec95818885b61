"""R006: a part kept closed on purpose (drawn as a box and not opened, treated as a black box, deliberately
ignored) is left out of the design; an index that ignores case, or a system that ignores stale pings, leaves out
no part."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Payments ledger\n\n## Requirements\n\n- Merchants take card payments; the ledger records every movement.\n\n"


def _r006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "kept_closed",
    [
        "Me: For KYC and fraud scoring I'll just draw a box and not go inside. OK?\nInterviewer: Sure.",
        "We treat the card network as a black box: a call that answers approve or decline.",
        "I'm going to deliberately ignore settlement files from the banks; the ledger is the interesting part.",
    ],
)
def test_a_part_kept_closed_on_purpose_is_left_out(kept_closed: str) -> None:
    assert not _r006(kept_closed)


@pytest.mark.parametrize(
    "kept_in",
    [
        "merchant search:\nignore case, strip punctuation before lookup",
        "The ledger service is a box in the diagram; it owns the entries table.",
        "We deliberately keep every movement, even reversed ones.",
    ],
)
def test_the_same_words_of_the_systems_behaviour_leave_nothing_out(kept_in: str) -> None:
    assert _r006(kept_in)
