"""D005: heartbeats kept as data ("heartbeats rolled up to 1h averages after 30 days", "heartbeat rows partitioned by
day") tell no failure story; a heartbeat that tells the living from the dead ("a worker that misses three
heartbeats loses its lease") still does."""

from __future__ import annotations

from test_failure_other_senses import HEAD

from conftest import lint_string


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


def test_heartbeats_kept_as_data_are_no_failure_mode() -> None:
    assert _d005("### Storage\n\nDriver heartbeats rolled up to 1h averages after 30 days; raw heartbeat rows in S3.")


def test_a_missed_heartbeat_is_a_failure_mode() -> None:
    assert not _d005("### Leases\n\nA matcher that misses three heartbeats loses its lease and another takes over.")
