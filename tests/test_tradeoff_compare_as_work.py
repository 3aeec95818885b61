"""D004: the system comparing data is a step of its work ("recompute every hash and compare with the signed
checkpoints", "each essay is compared with every other"), not two ways weighed; a writer comparing two ways
("compared to a nightly batch, the stream costs a broker") still weighs them."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Essay checker

## Requirements
- teachers upload essays
- the checker flags copied passages

## High-level design
upload api -> queue -> checker -> postgres

## Deep dive: matching
Each essay is split into 8-word shingles and hashed into a set.
{line}
"""


def _d004(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("D004",))]


@pytest.mark.parametrize(
    "line",
    [
        "After the deadline every essay is compared with every other essay of the assignment.",
        "The audit job reads the chain, recomputes every hash and compares with the signed checkpoints.",
        "For photos we take a perceptual hash and compare with the hashes of the last 90 days.",
    ],
)
def test_comparing_data_weighs_nothing(line: str) -> None:
    assert _d004(line) == ["D004"]


def test_comparing_two_ways_weighs_them() -> None:
    assert _d004("Compared to a nightly batch, the stream needs a broker to run but flags copies within a minute.") == []
