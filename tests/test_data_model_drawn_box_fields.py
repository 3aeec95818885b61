"""H003: a drawing's box with the fields it keeps beside it ("[device registry] (device_id, hw_model,
current_version, slot, last_seen)") lays a record out, in a code block or not. A box with a note in words beside it
("[rollout service] (rollout plans, stage state)") keeps no fields."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Firmware rollout\n\n## Requirements\n- roll firmware out in stages\n\n## High-level design\n\n"
    "API: `POST /v1/checkin` returns the action for a device.\n\n```\n"
    "    [rollout service] <--- operators\n          |\n          v\n    {box}\n          ^\n          |\n"
    "    [device API] <------ devices\n```\n"
)


def _h003(box: str) -> bool:
    return bool(lint_string(DOC.format(box=box), select=("H003",)))


def test_a_box_with_its_fields_beside_it_is_a_record() -> None:
    assert not _h003("[device registry] (device_id, hw_model, current_version, slot, last_seen)")


@pytest.mark.parametrize(
    "box", ["[device registry] (rollout plans, stage state, targeting rules)", "[device registry] (device_id)"]
)
def test_a_box_with_a_note_or_one_name_keeps_no_fields(box: str) -> None:
    assert _h003(box)
