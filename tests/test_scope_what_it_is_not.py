"""R006: a write-up that says what it is not ("a word on what this design is not: it is not an offline editor")
leaves that out; what a system is not asked about, or what a part is not, leaves nothing out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


def test_what_the_design_is_not_is_left_out() -> None:
    assert not _r006("Before going further, a word on what this design is not. It is not a smart-home hub.")


@pytest.mark.parametrize(
    "nothing_out",
    ["What this thermostat is not told is the outdoor temperature.", "The hub is not a router; it only relays."],
)
def test_what_a_part_is_not_leaves_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
