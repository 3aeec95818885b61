"""R006: where a thing is worked out ("score computed server-side only") and a part put off to a deep dive later
in the same write-up ("Let me park it as a deep dive") leave nothing out; a side named alone as the scope, with
the other side disowned, and a part parked for good still do."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Quiz night scoring

## Requirements

- Teams answer rounds on a phone; the host sees the scores live.
"""
TAIL = """
## Design

One service over Postgres pushes scores to the host's screen.
"""


def _r006(text: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + text + "\n" + TAIL, select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "nothing_out",
    [
        "- consistency: an answer a team saw as saved is saved. Score computed server-side only.",
        "- Me: Jokers are the tricky bit. Let me park it as a deep dive and size things first. How many teams?",
    ],
)
def test_where_or_when_a_part_is_done_leaves_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)


@pytest.mark.parametrize(
    "left_out",
    [
        "- server-side only (client-side throttling != our problem)",
        "- Me: Payments I'd park for good; the venue takes cash at the bar.",
    ],
)
def test_a_side_or_a_part_left_out_still_counts(left_out: str) -> None:
    assert not _r006(left_out)
