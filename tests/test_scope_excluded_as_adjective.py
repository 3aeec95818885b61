"""R006: "excluded" before the noun it describes ("excluded cards get declined", "Excluded amounts: refunds are held",
"excluded-content filtering is a hard requirement") names a kind of thing the system keeps out, not a part of the
design left out; "excluded" said of a part ("analytics excluded for now", "Excluded: refunds") still leaves it out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "behaviour",
    [
        "rules:\nexcluded devices (recalled models) get a firmware lock w/ error code",
        "**Excluded hours:** schedules pause on public holidays unless the owner says otherwise.",
        "Excluded-zone filtering is a hard requirement: the thermostat ignores sensors in rooms marked off.",
    ],
)
def test_excluded_before_its_noun_is_a_behaviour_of_the_system(behaviour: str) -> None:
    assert _r006(behaviour)


@pytest.mark.parametrize("left_out", ["Energy reports excluded for now.", "Excluded: energy reports, geofencing."])
def test_excluded_said_of_a_part_leaves_it_out(left_out: str) -> None:
    assert not _r006(left_out)
