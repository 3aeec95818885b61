"""R006: the decline verbs in their other forms: as a label over the parts ("parked for later"),
said of work under way or done ("I'm dropping both to keep the focus on checkout", "I've set loyalty points
aside here"), and the scope kept to one part for now ("I'd keep it to one warehouse for now"). The same verbs
said of what the system does, or a figure kept to, leave nothing out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "left_out",
    [
        "parked for later\n- loyalty points\n- gift cards",
        "I've set loyalty points aside here; they need a design of their own.",
        "Me: I'd keep it to one warehouse for now, several sites change the stock math.",
        "Shops ask for refunds and vouchers. I'm dropping both to keep the focus on checkout.",
    ],
)
def test_the_decline_verbs_other_forms_leave_parts_out(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_out",
    [
        "We're dropping duplicate scan events at the gateway.",
        "Me: I'd keep it to 200 ms at p99, the checkout waits on it.",
        "We've set the retry timeout to 5 s.",
    ],
)
def test_the_same_verbs_said_of_the_system_leave_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
