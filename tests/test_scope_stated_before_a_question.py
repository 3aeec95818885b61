"""R006: what a turn leaves out before it asks another question ("... I won't design it. Am I driving the
thermostats?") stands whatever the answer to that question; a question about leaving a part out that the answer
refuses ("Can I skip payments?" over "No, ...") still leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Bakery oven plans

**Interviewer:** Plan each shop's oven loads for the day.

"""
TAIL = """

**Me:** So: take the forecast, plan the batches, show them on the tablet, record loads.

## Design

A planner service writes each shop's plan to Postgres; tablets poll it.
"""


def _r006(turns: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + turns + TAIL, select=("R006",))] == ["R006"]


def test_a_part_left_out_before_another_question_stands() -> None:
    assert not _r006(
        "**Me:** Then the forecast is an input and I won't design it. Same for the ovens, am I driving them?\n\n"
        "**Interviewer:** No, a person sets the temperature."
    )


@pytest.mark.parametrize(
    "refused",
    [
        "**Me:** Can I skip the forecast and take it as an input?\n\n**Interviewer:** No, I want to see that too.",
        "**Interviewer:** Anything you'd leave out?\n\n**Me:** Nothing, I want to cover all of it.",
    ],
)
def test_a_refused_question_leaves_nothing_out(refused: str) -> None:
    assert _r006(refused)
