"""R006: a label for the parts left out in the words that decline them, in any form ("skip -> geofencing", "scope
cuts:", "Excluding: ..."), or any short label with a note in brackets that puts its parts off ("wishlist (not
today):", "energy reports (later):"), leaves those parts out; the same words naming a thing of the system
("Parking lot:", "skip list:", "Dropped readings:", "Notes (firmware v2):") leave nothing out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "left_out",
    [
        "skip -> geofencing, vacation mode, voice assistants\n(interviewer: ok)",
        "scope cuts:\n  - energy reports\n  - multi-home accounts",
        "Excluding: energy reports, multi-home accounts.",
        "wishlist (not today):\n- geofencing\n- voice assistants",
        "energy reports (later): monthly summary per home",
    ],
)
def test_a_declining_label_in_other_words_leaves_its_parts_out(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_out",
    [
        "Parking lot:\n- sensors on each level report free spots",
        "skip list: schedules kept sorted by next change time",
        "Dropped readings: the device resends the last ten on reconnect.",
        "Notes (firmware v2):\n- devices report every minute",
    ],
)
def test_the_same_words_for_a_thing_of_the_system_leave_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
