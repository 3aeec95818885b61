"""R006: a way of doing something declined ("no need to write synchronously into the index") and an audience a
feature is kept to ("public / followers only") leave no part of the product out; "no need to support group rooms"
and "web only, no apps" still do."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Voice rooms

## Requirements

- create a room and invite speakers; listeners join and leave at any time
- {line}
- p99 join under 1 s, 99.9% available
"""


def _r006(line: str) -> list[str]:
    return messages(DOC.format(line=line), "R006")


@pytest.mark.parametrize(
    "line",
    [
        "rooms can be public / followers only",
        "recordings go to storage afterwards, no need to write them synchronously while the room is live",
        "no need to update the listener count immediately, a few seconds late is fine",
    ],
)
def test_how_and_who_leave_nothing_out(line: str) -> None:
    assert _r006(line)


@pytest.mark.parametrize("line", ["no need to support group video", "web only, no apps for now"])
def test_a_part_left_out_still_is(line: str) -> None:
    assert _r006(line) == []
