"""D006: the popular records a cache holds, loaded or copied as data ("it loads a snapshot of hot keys from a peer
before it takes traffic"), are no handling of hot keys, so no scaling path; spreading a hot key still is one."""

from __future__ import annotations

from conftest import messages

DOC = """# Session cache

## Requirements

- Services read a user's session by token in under 5 ms; sessions expire after 30 minutes idle.

## High-level design

Services -> cache nodes (consistent hashing on token) -> Postgres for sessions that must survive a restart.

## Deep dive: a node coming back

- {line}
- while it warms, reads that miss go to Postgres and the result is written back with the remaining TTL
- a node that misses three health checks is taken out of the ring; its tokens move to the next node
"""


def _d006(line: str) -> list[str]:
    return messages(DOC.format(line=line), "D006")


def test_hot_keys_loaded_as_data_are_no_scaling_path() -> None:
    assert _d006("a rejoining node loads a snapshot of hot keys from a peer before it takes its share of traffic")
    assert _d006("a rejoining node is warmed with a copy of the hot keys before it takes its share of traffic")


def test_a_hot_key_spread_is_still_one() -> None:
    assert _d006("a hot key gets copies on three nodes and reads pick one at random") == []
