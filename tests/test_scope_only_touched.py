"""R006: the parts around the design said to be touched only where they meet it ("Campaign UI, reporting and
billing exist around it, but I only touch them where they feed the bidder", "we'll only mention it") are left
out; a part of the system that touches a thing ("the worker only touches it once") is not the writer's scope."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Ad bidder\n\n## Requirements\n- answer bid requests in time\n{}\n\n## Design\nA bidder per region.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "Campaign UI, reporting and billing exist around it, but I only touch them where they feed the bidder.",
        "- fraud filtering: we'll only mention it",
    ],
)
def test_parts_touched_only_where_they_meet_the_design_are_left_out(line: str) -> None:
    assert not _r006(line)


def test_a_part_of_the_system_touching_a_thing_leaves_nothing_out() -> None:
    assert _r006("- the budget worker only touches it once per second")
