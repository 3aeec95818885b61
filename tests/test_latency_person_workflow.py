"""R003: how long a person's workflow takes ("Upload workflow for Jonas (target: under 5 minutes)", "check-in routine
for volunteers: under 2 minutes") is that person's time, no latency target. A pipeline's own time ("the nightly
export workflow must finish within 5 minutes") is still the system's, and so is one named for what it works on ("the
backup routine for Postgres must finish within 10 minutes")."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Choir recordings\n\n## Requirements\n- the choir leader uploads each rehearsal's recording\n{}\n\n"
    "## Design\n\nA small web app and object storage.\n"
)


def _r003(item: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(item), select=("R003",))]


@pytest.mark.parametrize(
    "item",
    ["- Upload workflow for Jonas (target: under 5 minutes)", "- check-in routine for volunteers: under 2 minutes"],
)
def test_a_persons_workflow_time_sets_no_latency_target(item: str) -> None:
    (message,) = _r003(item)
    assert message.startswith("no latency target")


@pytest.mark.parametrize(
    "item",
    [
        "- the nightly export workflow must finish within 5 minutes",
        "- the workflow for exports must finish within 5 minutes",
        "- the backup routine for Postgres must finish within 10 minutes",
        "- the ingest workflow for Kafka events must complete in under 5 minutes",
        "- the workflow for users' uploads must finish within 5 minutes",
    ],
)
def test_a_pipelines_own_time_is_a_target(item: str) -> None:
    assert _r003(item) == []
