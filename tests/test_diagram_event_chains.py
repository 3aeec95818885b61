"""H005: a chain of events typed in a list ("volunteer scans badge -> sees open shifts -> picks one") tells what
people or records do one after another; it names no part of the system, so it draws no design. A chain that names a
part ("kiosk app -> shift svc -> Postgres"), or whose steps are names in capitals ("Query Parser -> Candidate
Retrieval -> Reranker"), still does, and so does one whose first step is either of two ways in ("HTTPS upload or
SFTP drop -> ingest svc -> object store")."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Volunteer shifts

## Requirements

- volunteers pick shifts; coordinators see gaps

## Design

- shifts are planned a month ahead
{line}
- a nightly job mails the coordinators a list of open shifts
"""


@pytest.mark.parametrize(
    "line",
    [
        "- volunteer scans badge -> sees open shifts -> picks one -> gets a confirmation",
        "- 0 seats left -> shift full -> offer the next date",
        "1. coordinator cancels -> volunteers notified -> shift reopened",
    ],
)
def test_a_chain_of_events_draws_nothing(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "H005")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "- kiosk app -> shift svc -> Postgres",
        "- Query Parser -> Candidate Retrieval -> Reranker -> Blender",
        "- HTTPS upload or SFTP drop -> ingest svc -> object store",
        "- camera -> encoder -> origin -> player",
        "- frontier -> crawlers -> parsers -> indexers",
    ],
)
def test_a_chain_of_parts_is_a_diagram(line: str) -> None:
    assert messages(_DOC.format(line=line), "H005") == []
