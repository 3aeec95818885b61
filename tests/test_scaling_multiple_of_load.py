"""D006: "at 10x" is the load at a multiple when the load, a pause or what is done then follows ("at 10x we add
read replicas", "at 100x load, shard by user"); a multiple of some limit ("wall-clock kill at 3x TL as backstop",
"retry at 2x the timeout") says nothing of growth."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Judge

## Requirements
- submit code, get a verdict
- see past submissions

## High-level design
api -> queue -> sandbox workers -> results db

## Deep dive: sandbox
Each run gets a fresh container with no network. {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "TL = CPU time from cgroup cpu.stat; wall-clock kill at 3x TL as backstop (catches sleep()).",
        "A run that hangs is retried once at 2x the timeout, then marked as failed.",
    ],
)
def test_a_multiple_of_a_limit_is_no_scaling_path(line: str) -> None:
    assert [f.rule_id for f in lint_string(DOC.format(line=line), select=("D006",))] == ["D006"]


@pytest.mark.parametrize(
    "line",
    [
        "At 10x we add a second worker pool per region.",
        "At 100x load, shard the results db by user id.",
        "At 10x, the queue becomes the bottleneck and we partition it by problem id.",
    ],
)
def test_the_load_at_a_multiple_is_a_scaling_path(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("D006",)) == []
