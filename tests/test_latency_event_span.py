"""R003: a span from one event to the one it causes, bounded in seconds ("from a card tapped to the gate opening I
aimed for under a second", "under 2 seconds from scan to door"), is a latency target, in prose and in a
requirements list; the same span with no figure sets none, and a figurative "faster than" asks for nothing more."""

from __future__ import annotations

import pytest

from conftest import lint_string

POST = """# The ski lift gate that never waits

Our resort asked for gates that read a pass and open without a queue forming. {span} Nothing empties a queue faster
than a gate that opens before the skier has stopped.

**How it works**

Each gate reads the pass, asks the gate service for a decision and opens; the service keeps passes in Postgres.
"""

LIST = """# Ski lift gates

## Requirements

- Skiers pass the gate with a valid pass.
- {span}

## High-level design

Gates ask a decision service that keeps passes in Postgres.
"""


def _r003(text: str) -> list[tuple[str, str]]:
    found = lint_string(text, select=("S001", "R003"))
    return [(f.rule_id, f.variant) for f in found if f.variant != "deep-dive"]


@pytest.mark.parametrize(
    "span",
    [
        "From a card tapped to the gate opening I aimed for under a second.",
        "From a pass scanned to the light changing, under 2 seconds.",
    ],
)
def test_a_bounded_span_between_events_is_a_latency_target(span: str) -> None:
    assert _r003(POST.format(span=span)) == []
    assert _r003(LIST.format(span=span)) == []


def test_the_span_with_no_figure_sets_no_target() -> None:
    # in prose no target stands for the requirements step; in a list the span asks for speed, with no figure
    assert ("S001", "requirements") in _r003(POST.format(span="From a card tapped to the gate opening, no waiting."))
    assert ("R003", "default") in _r003(LIST.format(span="From a card tapped to the gate opening, no waiting."))
