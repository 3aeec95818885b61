"""H005: a one-line flow whose steps carry notes of what they write ("user -> api -> db(status=queued) -> queue ->
judge -> db(verdict) -> user") is a diagram; a state in a note on a component is no record's lifecycle. A
lifecycle told outside the brackets ("the run's status goes queued -> running -> done", "Status of a submission: new
-> compiled -> published") still draws nothing, nor do two condition-and-action pairs on one line ("changed often ->
recheck sooner, unchanged -> wait longer")."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Contest judge

## Requirements

- Contestants submit code and see a verdict within a minute.

## High-level design

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "user -> api -> db(status=queued) -> queue -> judge -> db(verdict) -> user",
        "flow: app -> api -> jobs(state=new) -> queue -> worker -> app",
    ],
)
def test_a_flow_with_noted_steps_is_a_diagram(line: str) -> None:
    assert not lint_string(DOC.format(line=line), select=("H005",))


@pytest.mark.parametrize(
    "line",
    [
        "the run's status goes queued -> running -> judged -> done",
        "state: queued -> running -> done -> archived",
        "Status of a submission: new -> compiled -> (judged) -> published, or rejected",
    ],
)
def test_a_lifecycle_is_no_diagram(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("H005",))


@pytest.mark.parametrize(
    "line",
    ["- changed often -> recheck sooner, unchanged -> wait longer (x2 up to a day)", "- hit -> serve it, miss -> fetch"],
)
def test_two_pairs_on_a_line_are_no_diagram(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("H005",))


def test_a_chain_of_three_with_side_by_side_parts_is_still_a_diagram() -> None:
    assert not lint_string(DOC.format(line="app -> api + worker -> postgres"), select=("H005",))
