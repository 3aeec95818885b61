"""R006: a concept paper's heading "What is not part of this concept" lists what is left out, as "Not part of this
concept" did; an interviewer keeping the scope to a span of the flow and saying where a part happens ("Keep it to
registration-to-hammer. Assume payment happens after.") sets the rest aside. A target kept to a figure ("keep it to
under 200 ms") and a part assumed to happen at once ("assume payment happens instantly") leave nothing out."""

from __future__ import annotations

import pytest

from conftest import messages

_PAPER = """# Allotment waiting list - concept

## 1. Goals

- the board keeps one fair waiting list and hands out keys

## 2. Functions

- members apply; the board offers a free plot to the next person

## 3. {title}

- invoicing, plot inspections, the newsletter
"""

_TALK = """Mock interview - machinery auction

Interviewer: Design a live auction for used farm machinery. {line}

Me: Functional: register bidders, run lots, take bids live, close on the hammer. Non-functional: bids in order.

Me: High level: bidder app -> bid service -> Postgres, a websocket stream per lot.
"""


def test_a_concept_papers_heading_lists_what_is_left_out() -> None:
    assert messages(_PAPER.format(title="What is not part of this concept"), "R006") == []


def test_a_heading_on_what_is_part_of_it_leaves_nothing_out() -> None:
    assert len(messages(_PAPER.format(title="What is part of this concept"), "R006")) == 1


def test_the_scope_kept_to_a_span_sets_the_rest_aside() -> None:
    line = "Keep it to registration-to-hammer. Assume payment happens after."
    assert messages(_TALK.format(line=line), "R006") == []


@pytest.mark.parametrize(
    "line",
    [
        "Keep it to under 200 ms per bid.",
        "Keep it to a minimum.",
        "Keep it on the NAS, not the laptop.",
        "Assume payment happens instantly.",
        "Assume validation happens before the bid is stored.",
        "Assume everything happens after the hammer falls, so bids must be durable.",
    ],
)
def test_a_target_or_a_part_at_once_leaves_nothing_out(line: str) -> None:
    assert len(messages(_TALK.format(line=line), "R006")) == 1
