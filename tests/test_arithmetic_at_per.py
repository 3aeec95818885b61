"""Machines counted from a total and what one takes "at ... per" machine, on one line ("400k ops/s; at 100k ops/s
per redis shard that's 40 shards"), or on the line under the total with the thing named first at its rate ("kafka
@ ~10 MB/s per partition -> ~300 partitions"), or with the machine named before what it takes ("redis node ~100k
ops/s -> ~4 nodes", "32-core workers -> ~12 boxes"). A count up to four times the need is headroom."""

from __future__ import annotations

import pytest
from test_arithmetic_capacity import verdicts

from designlint.estimate.capacity import capacity_over_lines
from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.quantity import DEFAULT_PERIODS


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("so 400k ops/s; at 100k ops/s per redis shard thats 4 shards.", OK),
        ("so 400k ops/s; at 100k ops/s per redis shard thats 40 shards.", ARITHMETIC),
        ("2M conns at 50k per gateway box -> 40 boxes", OK),
        ("2M conns at 50k per gateway box -> 120 boxes", OK),  # headroom
        ("2M conns at 50k per gateway box -> 400 boxes", ARITHMETIC),
    ],
)
def test_a_total_at_a_rate_per_machine_counts_machines(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_a_rate_per_thing_not_a_machine_counts_nothing() -> None:
    assert verdicts("so 400k ops/s; at 2 ops per check that's 200k checks.") == []


@pytest.mark.parametrize(("stated", "kind"), [("~30", OK), ("~300", ARITHMETIC)])
def test_the_thing_named_first_at_its_rate_under_the_total(stated: str, kind: str) -> None:
    above, below = "- 300 MB/s ingest", f"- kafka @ ~10 MB/s per partition → {stated} partitions"
    found = [judge(c, DEFAULT_PERIODS, 0.15).kind for c in capacity_over_lines(above, below, 2)]
    assert found == [kind]


@pytest.mark.parametrize(
    ("above", "below", "kind"),
    [
        ("- 200k rps => 400k redis ops/s", "- redis node ~100k ops/s -> ~4 nodes", OK),
        ("- 200k rps => 400k redis ops/s", "- redis node ~100k ops/s -> ~2 nodes", ARITHMETIC),
        ("~2 s CPU per run → ~370 cores busy", "32-core workers → ~12 boxes (+50% spare)", OK),
        ("~2 s CPU per run → ~370 cores busy", "32-core workers → ~6 boxes (+50% spare)", ARITHMETIC),
    ],
)
def test_the_machine_named_before_what_it_takes_under_the_total(above: str, below: str, kind: str) -> None:
    found = [judge(c, DEFAULT_PERIODS, 0.15).kind for c in capacity_over_lines(above, below, 2)]
    assert found == [kind]


def test_a_machine_named_first_with_no_total_of_its_kind_above_counts_nothing() -> None:
    assert list(capacity_over_lines("- 200k rps at peak", "- redis node ~100k ops/s -> ~2 nodes", 2)) == []
