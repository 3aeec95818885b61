"""R003 in prose: a timeout ("if there is no ack within 60 seconds we escalate") sets no latency target, and in a
paragraph a figure three sentences on from "fast" is not said of it."""

from __future__ import annotations

from conftest import lint_string

ESSAY = """# Getting orders to the kitchen

I sketched the ordering side of a takeaway app: it has to let customers order from a menu, pay by card and follow
the order until it arrives. What I care about most: ordering should feel fast, and an order
we accept must never be lost.

Orders reach the kitchen tablet by push over a persistent connection as the fast path, with a slow poll as a
safety net. The tablet acknowledges each order, and that ack moves the order to "sent". If there is no ack within
60 seconds we escalate to a phone call.
"""


def _r003(text: str) -> list[str]:
    return [f.context for f in lint_string(text, select=("R003",))]


def test_a_timeout_later_in_the_paragraph_sets_no_latency_target() -> None:
    assert _r003(ESSAY) == ["fast"]


def test_a_bound_said_of_the_quality_is_still_a_target() -> None:
    targeted = ESSAY.replace("ordering should feel fast,", "ordering should feel fast, under 300 ms at p95,")
    assert _r003(targeted) == []
