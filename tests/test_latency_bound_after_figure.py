"""R003: a bound word set after a figure sets it a target only where it closes the figure ("15 minutes max"); one
further on belongs to a clause of its own ("a verdict 15 minutes late costs far less than a wrong one" compares
costs and bounds no time)."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.checks.qualities import unquantified
from designlint.doc.context import Context
from designlint.doc.document import parse
from designlint.doc.vocabulary import load_vocabulary

from conftest import lint_string

DOC = """# Release gate

## Requirements
- block a rollout when crash rates rise
- show why a rollout was stopped

## Design
The checker is a scheduled job per active rollout. {sentence}
"""


def _r003(sentence: str) -> bool:
    return bool(lint_string(DOC.format(sentence=sentence), select=("R003",)))


def test_a_comparison_after_the_figure_sets_no_target() -> None:
    assert _r003("It does not need to be real-time; a verdict 15 minutes late costs far less than a wrong one.")


@pytest.mark.parametrize(
    "sentence",
    [
        "It does not need to be real-time: a verdict 15 minutes max after the data lands.",
        "It does not need to be real-time; a verdict may come at most 15 minutes late.",
    ],
)
def test_a_bound_closing_or_opening_the_figure_sets_a_target(sentence: str) -> None:
    assert not _r003(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["It has to feel quick: 2 s end to end is the p99 goal.", "Pages must load in 200 ms, which is our target."],
)
def test_a_target_named_after_its_figure_sets_it(sentence: str) -> None:
    assert not _r003(sentence)


def test_the_bounds_that_open_their_figure_are_a_list_a_team_can_set() -> None:
    # every bound word read as one that opens its figure: a goal named far after its figure no longer closes it
    sentence = "It has to feel quick: 2 s end to end is the p99 goal."
    doc = DOC.format(sentence=sentence)
    assert lint_string(doc, select=("R003",), rules={"R003": {"opening-bound": "target-bound"}})
    assert not lint_string(doc, select=("R003",), rules={"R003": {"opening-bound": "target-bound-opening"}})


def test_a_rule_set_naming_no_opening_bound_keeps_the_built_in_reading() -> None:
    # a team's R003 options written before the option existed name a bound list but no opening-bound list
    catalogue = load_catalogue()
    doc = DOC.format(sentence="It does not need to be real-time; a verdict 15 minutes late costs far less than a wrong one.")
    ctx = Context(parse(doc, "doc.md", catalogue=catalogue), catalogue, load_vocabulary())
    options = {
        "quality": "latency",
        "named": "latency-named",
        "figure": "latency-figure",
        "topic": "nfr-latency",
        "bound": "target-bound",
    }
    assert list(unquantified(ctx, options))
