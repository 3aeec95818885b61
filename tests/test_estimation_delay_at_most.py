"""E001: "adds up to 250 ms jitter" tells what a mechanism costs at most, no figure worked out; a write-up whose
only such phrase is in a deep dive has no estimate. "all of it adds up to 2 TB" still sums."""

from __future__ import annotations

from conftest import messages

DOC = """# Pager escalation service

## Requirements

- a call reaches the assigned nurse's handset within 2 s, p99
- an unanswered call escalates after 60 s

## High-level design

Call events go to a router, which writes the call and its first timer in one transaction.

## Deep dive: timers

Timers live as rows that a poller reads every 250 ms. {line}
"""


def test_a_delay_at_most_is_no_estimate() -> None:
    line = "It survives a failover, but adds up to 250 ms of jitter and steady load on the database."
    assert messages(DOC.format(line=line), "E001")


def test_a_sum_still_counts_as_worked_out() -> None:
    line = "Each row is 200 bytes and 10M of them a day adds up to 2 GB a day, which one disk holds for years."
    assert messages(DOC.format(line=line), "E001") == []
