"""R006: "(later)" after a part, perhaps with who takes it then ("maintenance predictions (later, ML team)"), puts
that part off, as "payments: later" does. A bracket that points ahead in the doc ("(see later)"), says when or where
rather than who ("(later, with backoff)") or opens a line ("(later) we add a cache") puts nothing off."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Van telemetry\n\n## Requirements\n- vans send position and fuel every 10 s\n{}\n\n"
    "## Design\n\nVans publish to MQTT; a consumer writes to a time-series store.\n"
)


def _r006(item: str) -> bool:
    return bool(lint_string(DOC.format(item), select=("R006",)))


@pytest.mark.parametrize(
    "item",
    [
        "- reports: km per van, idle time, maintenance predictions (later, ML team)",
        "- driver scorecards (later, the fleet team)",
        "- a van map for dispatchers, fuel reports (later)",
        "- fuel reports (much later) and a van map",
        "- driver scorecards (later / v2) for the fleet",
    ],
)
def test_a_part_marked_later_in_brackets_is_put_off(item: str) -> None:
    assert not _r006(item)


@pytest.mark.parametrize(
    "item",
    [
        "- fuel alerts (see later)",
        "- (later) a cache in front of the store",
        "- the worker retries the upload (later, with backoff)",
        "- we describe the consumer in detail (later, in the deep dive)",
    ],
)
def test_a_bracket_that_points_ahead_puts_nothing_off(item: str) -> None:
    assert _r006(item)
