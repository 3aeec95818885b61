"""A paragraph of notes is read a line at a time: a thought a line, the first line its title, and what the
paragraph says of itself (the how not reached, the growth it talks about) for each of its lines (D005, D006). Long
lines are notes too where arrows or enumerators mark them; ways enumerated beside a cost weigh a choice (D004)."""

from __future__ import annotations

from designlint.doc.noted import as_notes

from conftest import lint_string

HEAD = """# Ride app

## Requirements

- Riders see nearby drivers and request a ride.

## High-level design

Drivers ping a location service; a matcher pairs riders with drivers.

## Deep dives

"""


def _fires(rule: str, body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=(rule,))] == [rule]


def test_a_failing_part_leading_a_line_of_notes_is_a_failure_mode() -> None:
    notes = "maps\ntiles -> S3 -> CDN\nCDN POP down -> anycast routes to the next POP\norigin 5xx -> serve stale tiles"
    assert not _fires("D005", notes)
    # the same words run into one sentence of prose do not open a line
    assert _fires("D005", "Tiles go to S3 and the CDN, and a CDN POP down -> is what the team fears most.")


def test_a_note_that_the_how_was_not_reached_holds_for_every_line() -> None:
    notes = "reliability\ngoal: 99.99 uptime, no lost rides\nriders shouldnt notice outages\n(ran out of time, didnt get to how)"
    assert _fires("D005", notes)


def test_a_heartbeat_under_a_presence_title_detects_no_failure() -> None:
    presence = "presence\nclient sends heartbeat every 25s\nno heartbeat for 60s: user shown offline\nfanout to friends"
    assert _fires("D005", presence)


def test_growth_said_on_one_line_holds_for_the_mechanism_below() -> None:
    notes = "rides table\nrows grow fast, past one node soon\nshard by city_id\ncity admins read their own shard"
    assert not _fires("D006", notes)
    assert _fires("D006", notes.replace("rows grow fast, past one node soon", "rows keyed by ride id"))



def test_enumerated_ways_beside_a_cost_weigh_a_choice() -> None:
    ways = "ride ids\n(a) uuid4 per ride: any node mints one\n(b) per-node id blocks from zk: 8 bytes, but a zk call per block"
    assert not _fires("D004", ways)
    assert _fires("D004", ways.replace("(a) ", "").replace("(b) ", "").replace(", but", ";"))


def test_long_lines_with_arrows_or_enumerators_are_notes_and_wrapped_prose_is_not() -> None:
    cheat = [
        "RIDE IDS",
        "a) uuid4 per ride -> no coordination, any node mints one / 16 bytes in every index, no order by time",
        "b) per-node blocks of 1M from zk -> 8 bytes, roughly time ordered | a zk call per block, ids guessable",
        "chose b + shuffle the low bits so ids dont look sequential to anyone scraping the public ride pages",
    ]
    assert as_notes(cheat)
    prose = [line.replace("a) ", "").replace("b) ", "").replace(" -> ", " gives ") for line in cheat]
    assert not as_notes(prose)
