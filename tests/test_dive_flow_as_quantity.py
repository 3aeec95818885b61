"""D001: a title naming a flow measured in the world ("Night flow baseline", "Cash flow per store") heads a dive
like any other topic; a request's flow ("Checkout flow") is still a walk through the boxes, no dive."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Water network leak alerts

## Requirements

- alert the control room to a burst within 5 minutes
- tell customers about a leak on their side within 6 hours

## High-level design

Meters upload reads in batches; pressure sensors stream to a detector service that writes alerts to Postgres.

## Deep dives

### {title}

Between 02:00 and 04:00 demand is lowest, so the inflow to a district minus what its meters record is mostly
leakage. A rise of more than 20% over the last 14 nights flags a hidden leak. We compare against a rolling
baseline instead of a fixed threshold, since districts differ tenfold; the cost is two weeks of warm-up for a new
district, during which only the pressure detector runs.

### Alert deduplication

Every candidate carries a key of kind, subject and start time, and the alert service upserts on it, so a detector
that replays a batch cannot send a second SMS. Sending is a separate consumer of an outbox table written in the
same transaction, so a crash between the two loses nothing and sends nothing twice.
"""


@pytest.mark.parametrize("title", ["Night flow baseline", "Minimum night flow", "Cash flow per district"])
def test_a_flow_measured_in_the_world_is_a_dive(title: str) -> None:
    assert messages(DOC.format(title=title), "D001") == []


def test_a_request_flow_is_still_no_dive() -> None:
    found = messages(DOC.format(title="Checkout flow"), "D001")
    assert found and "found: 1" in found[0]
