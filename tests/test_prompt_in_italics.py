"""A prompt left in italics ("_TBD: to be agreed in review._") is still a prompt: a section that holds only it holds
nothing yet, so "## Non-goals" over it names no exclusion (R006)."""

from __future__ import annotations

import pytest

from designlint.checks.textutil import is_placeholder

from conftest import lint_string

DOC = "# Fleet telemetry\n\n## Requirements\n\n- Devices report every minute.\n\n## Non-goals\n\n{body}\n"


@pytest.mark.parametrize("prompt", ["_TBD: to be agreed in design review._", "*TODO list them*", "__TBD__"])
def test_a_prompt_in_italics_is_a_prompt(prompt: str) -> None:
    assert is_placeholder(prompt)
    assert [f.rule_id for f in lint_string(DOC.format(body=prompt), select=("R006",))] == ["R006"]


def test_a_non_goal_in_italics_is_an_exclusion() -> None:
    assert not is_placeholder("_Firmware updates: owned by the device team._")
    assert lint_string(DOC.format(body="_Firmware updates: owned by the device team._"), select=("R006",)) == []
