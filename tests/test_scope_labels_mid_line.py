"""R006: an out label opening a sentence after a note ("Core is above. Parking these:" over the parts, "For now
not covering: ..."), and a part kept out while the writer sticks to the rest ("I'd keep kiosks out and stick to
the app") leave parts out. A focus on a quality ("main focus of the system is accuracy") narrows no scope."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "left_out",
    [
        "FRs above are the core. Parking these:\n  loyalty points\n  gift cards",
        "Draft, more later. For now not covering: gift cards, loyalty points.",
        "Me: I'd rather keep the wall-mounted kiosks out and stick to the phone app, if that's fine.",
    ],
)
def test_a_label_after_a_note_or_a_part_kept_out_leaves_it_out(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_out",
    [
        "Main focus of the system is accuracy of the room temperature, within half a degree.",
        "Devices report every minute. Parking spots near the office have sensors too.",
        "We keep the heating out of reach of children and stick to the wall mount.",
    ],
)
def test_a_quality_in_focus_or_the_same_words_leave_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
