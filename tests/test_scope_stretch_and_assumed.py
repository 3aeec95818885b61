"""R006: a part assumed to be there ("Assume payouts exist and you get an event from them."), a part left as a stretch
goal ("Leave that as a stretch.", "- (stretch) gift cards"), and an item skipped after a dash ("monthly summary
view -- skip, scope creep") leave parts out. A claim doubted ("it's a stretch to call it real-time") and a record that
exists or not at run time are no exclusion."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Loyalty stamps

## Requirements

- Customers collect a stamp per coffee and redeem ten for a free one.
- {line}

## Design

- app -> stamp api -> postgres
"""


def _r006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))]


@pytest.mark.parametrize(
    "line",
    [
        "Interviewer: Only the stamps. Assume payouts exist and you get an event from them.",
        "Interviewer: Leave that as a stretch. Maybe we get to it.",
        "(stretch) gift cards between friends",
        "(maybe) monthly summary view -- skip, scope creep",
    ],
)
def test_a_part_assumed_a_stretch_or_skipped_after_a_dash_is_left_out(line: str) -> None:
    assert _r006(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Stamps show within a second; it's a stretch to call it real-time but close.",
        "Redeeming checks the card: if the card exists -> 200, else 404.",
    ],
)
def test_a_doubted_claim_or_a_record_checked_leaves_nothing_out(line: str) -> None:
    assert _r006(line) == ["R006"]
