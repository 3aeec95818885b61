"""R006: a part put off to "phase two" or "version two" spelled out ("treat it as phase two"), or skipped for the first
version in notes' shorthand ("= more complexity, skip v1"), and a kind of data
kept out by sending it to another system ("no strings/events -> logs elsewhere"), are scope exclusions. Traffic sent
on when a part is missing ("no healthy node -> route elsewhere") leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Metrics store

## Requirements

- Ingest numeric samples from agents and answer dashboard queries.
- {asked}

## Design

- agents push to a gateway -> ingesters -> object storage
- {design}
"""


@pytest.mark.parametrize(
    ("asked", "design"),
    [
        ("Alert rules would be nice, treat them as phase two.", "ingesters keep two hours in memory"),
        ("Per-tenant quotas: maybe version two.", "ingesters keep two hours in memory"),
        ("Dashboards read the last 15 days.", "downsampled copies = more complexity, skip v1"),
        ("Dashboards read the last 15 days.", "float64 only, no strings/events -> logs elsewhere"),
    ],
)
def test_a_part_put_off_or_sent_elsewhere_is_left_out(asked: str, design: str) -> None:
    assert not lint_string(DOC.format(asked=asked, design=design), select=("R006",))


@pytest.mark.parametrize(
    "design",
    [
        "no healthy ingester -> route elsewhere",
        "no free slot -> retry elsewhere after a second",
        "on a full disk the ingester skips the compaction for the moment",
    ],
)
def test_traffic_sent_on_leaves_nothing_out(design: str) -> None:
    found = lint_string(DOC.format(asked="Dashboards read the last 15 days.", design=design), select=("R006",))
    assert [f.rule_id for f in found] == ["R006"]
