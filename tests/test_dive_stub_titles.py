"""D006 (and the other rules that read a titled section as weighing or growing): a section titled for it but left
as a stub ("Scaling" over "- tbd, ran out of time") says nothing, whatever sections a builder nests under it; a
prompt typed in lower case ("tbd", "todo: ...") is a prompt as TODO is, while "todo list" is a product's words."""

from __future__ import annotations

import pytest

from designlint.checks.textutil import is_placeholder

from conftest import lint_string

DOC = """garage notes

Functional
- pay at exit
- show free spots per level

high level
gate -> edge box -> cloud api -> postgres

Deep dive: exit gate offline
if the link drops the edge box keeps a local copy of open tickets and lets paid cars out; it syncs when back.

{tail}
"""


@pytest.mark.parametrize(
    "tail",
    [
        "Scaling\n- tbd, ran out of time\n",
        "##Deep dive: hot garages\n- tbd\n\nfailure\n- edge box dies -> exit gates fail open so nobody is trapped, entry gates stay closed, the attendant is paged and a spare box from the regional stock is swapped in within the hour\n",
        "Scaling\nnot rly needed, 140/s peak. one region is fine.\n\ntodo: lost ticket flow (plate lookup -> find the entry time, else charge the max fee), and check how pass holders interact with FULL\n",
    ],
)
def test_a_stub_titled_for_growth_is_no_scaling_path(tail: str) -> None:
    assert [f.rule_id for f in lint_string(DOC.format(tail=tail), select=("D006",))] == ["D006"]


def test_a_scaling_section_that_says_how_it_grows_still_counts() -> None:
    tail = "Scaling\nAt 10x we add read replicas for the occupancy reads; past 100x we shard tickets by garage id.\n"
    assert lint_string(DOC.format(tail=tail), select=("D006",)) == []


@pytest.mark.parametrize(
    ("line", "prompt"),
    [("- tbd", True), ("- tbd, ran out of time", True), ("todo: lost ticket flow", True), ("Tbd.", True),
     ("- todo list sharing between users", False), ("tbdx", False)],
)
def test_a_lower_case_prompt_is_a_prompt_and_a_product_word_is_not(line: str, prompt: bool) -> None:
    assert is_placeholder(line) is prompt
