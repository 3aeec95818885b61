"""D006: a way started with and left for another once load shows ("start with a row lock and move to a single writer
per auction when profiling shows lock contention") is a scaling path; a switch made when a part is down is failover,
no growth."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Auctions - notes

## reqs
- place bids on timed auctions; highest valid bid wins

## design
- api -> bid service -> postgres (row per auction, bids table)

## deep dive: bids
- {line}
"""


def _d006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("D006",))]


@pytest.mark.parametrize(
    "line",
    [
        "start with a row lock per auction and move to a single writer per auction when profiling shows lock contention",
        "one sequencer is fine; switch to per-region sequencers once the lag builds up under load",
    ],
)
def test_a_way_left_for_another_once_load_shows_is_a_path(line: str) -> None:
    assert _d006(line) == []


def test_a_switch_when_a_part_is_down_is_failover() -> None:
    assert _d006("move to the standby when the primary is down") == ["D006"]
