"""D004: notes weigh a choice in two more terse ways. A place or a way set against another after its preposition,
the reason right after ("upload should run from the NAS not the studio mac (the mac goes to sleep)", "keep it on the
NAS, not the laptop, since laptops sleep"); and an either-or question answered by a plain yes or no that names the
way ("zip or not? no zip. clients want the folder structure"). A question that offers no two ways ("is it down? no
idea.") and a place with no other set against it weigh nothing."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Studio handoff

## Requirements

- engineers hand session folders to clients; 99.9% available; downloads start within 2 s

## Estimate

- 3 rooms, 2 handoffs a day each, 20 GB a handoff -> 120 GB a day out

## API

- POST /handoffs {{folder}} -> {{id, link}}

## Design

web app -> handoff service -> object store -> CDN

## Deep dive: getting files out

- an upload agent walks the folder and sends parts of 64 MB, four at a time
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "upload should run from the NAS not the studio mac (the mac goes to sleep mid-upload)",
        "keep the agent on the NAS, not the laptop, since laptops sleep",
        "zip or not? no zip. clients want the folder structure, and a stream can zip on the fly",
    ],
)
def test_a_terse_pick_weighs_a_choice(line: str) -> None:
    assert messages(_DOC.format(line=line), "D004") == []


@pytest.mark.parametrize(
    "line",
    [
        "is the agent down? no idea. the dashboard shows its last ping",
        "the agent runs on the NAS (a docker container)",
        "the cleanup job runs on Mondays, not Fridays (see the ops calendar)",
        "push or poll? no idea. ask the vendor what their NAS supports",
    ],
)
def test_no_two_ways_weigh_nothing(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "D004")) == 1


def test_the_way_passed_over_and_its_reason_in_brackets_weigh_a_choice() -> None:
    line = "engineers sign in on the studio tablet with a PIN (not a full password, headphones and gloves on all day)"
    assert messages(_DOC.format(line=line), "D004") == []


@pytest.mark.parametrize(
    "line",
    [
        "old handoffs are kept (not all of them)",
        "the agent retries (not yet, later)",
        "clients get a link by email (not shown here, see the mockups)",
        "the handoff service is stateless (not the agent, it keeps a local queue)",
    ],
)
def test_a_bracket_with_no_reason_weighs_nothing(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "D004")) == 1
