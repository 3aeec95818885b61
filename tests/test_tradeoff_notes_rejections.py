"""D004: more of the ways notes weigh a choice. A way put aside as more than the problem needs ("camera + cv?
overkill"); another way offered after the first with what it does better after an arrow ("unique(machine_id,
start); or a range exclusion constraint -> cleaner"); the pick set against the way passed over with the reason
after an arrow ("warranty rows, not computed on the fly → extensions just add rows"); the naive way and its trouble
("naive: round robin per track -> uneven"). A pick with no reason and a naive way with no trouble weigh nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Printer queue\n\n## Requirements\n- members book a 3D printer slot\n\n"
    "## Design\n\napp -> api -> postgres; printers report over MQTT\n\n## Notes\n\n{}\n"
)


def _d004(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("D004",)))


@pytest.mark.parametrize(
    "text",
    [
        "- can't check the bed is clear automatically (camera + cv? overkill). so: members confirm it",
        "- slot table per machine, unique(machine_id, start); or a range exclusion constraint -> cleaner",
        "- warranty rows, not computed on the fly → extensions just add rows",
        "- naive: round robin per printer -> uneven, the big printer gets 4x the jobs",
    ],
)
def test_a_way_put_aside_with_its_reason_weighs_a_choice(text: str) -> None:
    assert not _d004(text)


@pytest.mark.parametrize(
    "text",
    [
        "- slot rows, not columns",
        "- naive: round robin per printer",
        "- jobs go to the queue -> printer",
        "- alert: p99 too slow for 5 min -> page on-call",
        "- order paid, not picked up -> push a reminder after 10 min",
        "- safer: refunds over 20 EUR need a manager PIN",
    ],
)
def test_a_bare_pick_or_a_naive_way_without_trouble_weighs_nothing(text: str) -> None:
    assert _d004(text)
