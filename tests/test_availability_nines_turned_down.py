"""R004: nines or a share named only to be turned down ("Availability matters but it's not five nines", "it doesn't
need 99.99%") set no target: availability is asked for without one. Nines stated as the target are one."""

from __future__ import annotations

import pytest

from conftest import messages

_REQS = """# Parking fine appeals

## Requirements

- appeal a fine online before its deadline
- caseworkers decide appeals
- {line}
"""


@pytest.mark.parametrize(
    "line", ["Availability matters but it's not five nines.", "Availability: it doesn't need 99.99%, office hours."]
)
def test_turned_down_nines_are_no_target(line: str) -> None:
    found = messages(_REQS.format(line=line), "R004")
    assert len(found) == 1 and "no target" in found[0]


@pytest.mark.parametrize("line", ["Availability: three nines is enough.", "Availability 99.9% in office hours."])
def test_stated_nines_are_a_target(line: str) -> None:
    assert messages(_REQS.format(line=line), "R004") == []
