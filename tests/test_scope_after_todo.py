"""A note opened by a marker of work left still says what follows the marker's sentence: "TODO flesh out. For now
NOT covering: tax calc" leaves tax out (R006). A prompt alone says nothing, a scaffold's as much as a note's ("- TODO:
a feature you will not design today, and why"), and an abbreviation's stop ends no sentence ("TODO: draw the
components, e.g. Client -> LB -> App" goes on with the prompt)."""

from __future__ import annotations

import pytest

from designlint.checks.placeholders import after_prompt

from conftest import lint_string

DOC = """# Checkout

## Requirements

- Turn a cart into an order and a payment intent.
- {line}

## Design

Web app -> checkout service -> Postgres; the payment provider calls back a webhook.
"""


def _rules(line: str, rule: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=(rule,))]


@pytest.mark.parametrize(
    "line",
    [
        "TODO flesh out. For now NOT covering: inventory reservation across warehouses, tax calc.",
        "tbd, ran out of time. Not covering returns.",
    ],
)
def test_what_follows_the_marker_sentence_is_said(line: str) -> None:
    assert _rules(line, "R006") == []


def test_a_prompt_alone_says_nothing() -> None:
    assert _rules("TODO: a feature you will not design today, and why", "R006") == ["R006"]


@pytest.mark.parametrize(
    "line",
    ["TODO: draw the components, e.g. Client -> LB -> App", "TODO: name the reads, i.e. Feed and Profile"],
)
def test_an_abbreviation_ends_no_prompt_sentence(line: str) -> None:
    assert after_prompt(line) == ""
