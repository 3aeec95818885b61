"""R003: a time to recover ("recovery time objective under 5 minutes", "RTO under 15 min", "failover within a
minute") is how long an outage may last, an availability objective, not how fast the system answers; a bound on
an answer in minutes still is a latency target."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Regional failover

## Requirements

- Route every client to a healthy region; operators can drain a region by hand.

Non-functional:
- availability 99.99% a year
- {bound}
"""


def _r003(bound: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(bound=bound), select=("R003",))]


@pytest.mark.parametrize(
    "bound",
    [
        "recovery time objective under 5 minutes from region dead to clients moved",
        "RTO under 15 min",
        "failover within a minute of the health check failing",
    ],
)
def test_a_time_to_recover_is_no_latency_target(bound: str) -> None:
    assert _r003(bound) == ["R003"]


def test_a_report_answered_within_minutes_is_a_latency_target() -> None:
    assert _r003("the routing report loads within 2 minutes") == []
