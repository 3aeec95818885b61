"""D004: notes weigh a choice in shorthand. An either-or question answered after an arrow, with the reason beside the
pick ("fail open or closed? -> fail open (declining every card = an outage)"); a way put aside for an excess and the
way taken after an arrow ("too much for polling -> websocket push"); the way taken under a comparative label, set
against the item before it ("simpler: route busy garages to one shard"). A question answered with no reason, or one
that sets no two ways side by side, weighs nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Parking bays\n\n## Requirements\n- drivers see free bays near them\n\n"
    "## Design\n\nsensor -> gateway -> queue -> bay service -> cache -> app\n\n## Notes\n\n{}\n"
)


def _d004(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("D004",)))


@pytest.mark.parametrize(
    "text",
    [
        "- fail open or closed? -> fail open (declining every payment = an outage)",
        "- push or poll? -> push over websocket (polling every 5 s = 80k req/s)",
        "- if each app polls every 5 s -> 80k req/s. too much for polling -> websocket push",
        "- exact bay counts across shards: every shard asks every other... meh\n- simpler: route busy garages to one shard",
    ],
)
def test_a_pick_in_notes_shorthand_weighs_a_choice(text: str) -> None:
    assert not _d004(text)


@pytest.mark.parametrize(
    "text",
    [
        "- push or poll? -> push",
        "- how do we store it? -> postgres (rows)",
        "- what about retries? -> 3 times (with backoff)",
        "- bays are sent to the cache -> app reads them",
    ],
)
def test_a_bare_answer_or_a_plain_step_weighs_nothing(text: str) -> None:
    assert _d004(text)
