"""R003 on prose: how long a user is content to wait, with its bound ("the head of school is fine waiting up to
a minute after pressing the button", "dispatchers are happy to wait a few seconds at most"), is a latency target
and stands for the requirements step; how long someone waits in the product ("riders wait up to ten minutes
for a car") is no target."""

from __future__ import annotations

import pytest

from conftest import lint_string

POST = """# Who drives the minibus? Notes from a club rota planner

A rowing club asked me to replace the spreadsheet they use to plan who drives the minibus to regattas. {wait}

**How it works**

Every evening a job reads tomorrow's entries and the drivers' licences, runs a small solver and writes the
rota to Postgres; the captain presses a button to publish it and the drivers get a text.
"""


def _found(wait: str) -> list[tuple[str, str]]:
    found = lint_string(POST.format(wait=wait), select=("S001", "R003"))
    return [(f.rule_id, f.variant) for f in found if f.variant != "deep-dive"]


@pytest.mark.parametrize(
    "wait",
    [
        "The captain is fine waiting up to a minute after pressing the button, so the solver gets 30 seconds.",
        "Captains are happy to wait ten seconds at most for the rota to show.",
    ],
)
def test_patience_with_a_bound_is_a_latency_target(wait: str) -> None:
    assert _found(wait) == []


def test_a_wait_in_the_product_is_no_target() -> None:
    assert ("S001", "requirements") in _found("Rowers wait up to ten minutes for the minibus at the boathouse.")
