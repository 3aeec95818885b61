"""D006: a retrospective's story of outgrowing one box ("the single process pegged a core; that's when the hash
ring and more room servers went in", "the trigger to split was ...") is a scaling path; one box named as the
design ("a single process runs the timers") is none."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Trivia rooms, a year on

## What it does

A host opens a room; players join from their phones with a code and answer against a countdown.

## Design

Phones -> gateway (websockets) -> room server holding each room's state and timer -> Postgres for results.

## Fair timing

Every phone syncs its clock with the server and the server sends each question 300 ms ahead with a start time,
so everyone's countdown starts together; answers are scored by the phone's synced time, checked for sanity.

## The year

{story}
"""


def _d006(story: str) -> list[str]:
    return messages(DOC.format(story=story), "D006")


@pytest.mark.parametrize(
    "story",
    [
        "For two months it was one Node process. Then a chain of bars ran quiz nights together and the single "
        "process pegged a core, so rooms were spread over a hash ring of room servers.",
        "The trigger to split was a Friday night of simultaneous quiz nights; rooms now hash to several servers.",
    ],
)
def test_outgrowing_one_box_is_a_path(story: str) -> None:
    assert _d006(story) == []


def test_one_box_as_the_design_is_none() -> None:
    assert _d006("A single process runs the timers for every room; it restarts in seconds.")
