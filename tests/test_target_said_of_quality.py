"""R003/R004 outside the requirements: a figure counts as the quality's target only in the sentence that names the
quality or the one after it. "We take two servers, only for availability" sets no availability target with "if 70 %
order in the last day" sentences before it on the same line; "the call comes in under one second" sets a latency
target."""

from __future__ import annotations

from conftest import lint_string

_DOC = """# School lunch orders

## Requirements

- parents order lunch until the deadline
- the kitchen sees the totals per school
- during the ordering peak the system must be available

## Estimation

{line}
"""


def _rules(line: str, rule: str) -> list[str]:
    return [f.message for f in lint_string(_DOC.format(line=line), select=(rule,))]


def test_a_share_sentences_away_is_no_availability_target() -> None:
    line = (
        "If 70 % order in the last day, that is 14,000 sessions in 4 hours. Each session makes about 30 requests. "
        "So about 30 requests a second, one server is enough. We take two, only for availability."
    )
    assert len(_rules(line, "R004")) == 1
    assert _rules(line.replace("We take two", "We take two and aim for 99.9 %,"), "R004") == []


def test_a_message_that_comes_in_under_a_second_is_a_latency_target() -> None:
    assert _rules("With events the call comes in under one second.", "R003") == []
