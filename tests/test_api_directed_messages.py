"""H001: a socket protocol set out as example messages in a code block, each under a comment that says which way it
goes ("// client -> server" over '{ "t": "move", "game": "g_8", "uci": "e2e4" }'), defines the API. A record under
a comment that names no sender ("// stored per game in redis") defines none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Online checkers

## Requirements

- Two players play a game of checkers in the browser; moves show up for the other player at once.

## High-level design

Browser -> socket gateway -> game service (one owner per game) -> Postgres for finished games.

## Game state

```json
// {comment}
{ "t": "move", "game": "g_81", "from": 12, "to": 16, "ply": 3 }
```
"""


@pytest.mark.parametrize("comment", ["client -> server", "server → both players", "browser => gateway"])
def test_a_message_under_its_direction_defines_the_api(comment: str) -> None:
    assert not lint_string(DOC.replace("{comment}", comment), select=("H001",))


@pytest.mark.parametrize("comment", ["stored per game in redis", "the move record, as logged"])
def test_a_record_under_a_note_defines_none(comment: str) -> None:
    assert lint_string(DOC.replace("{comment}", comment), select=("H001",))
