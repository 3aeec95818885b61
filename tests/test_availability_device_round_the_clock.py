"""R004: "24/7" said of what a device holds ("battery: mobile must not hold socket 24/7", "don't keep GPS on 24/7")
is the battery's concern, not the service's uptime: it neither asks for availability nor waives it. The service up
round the clock still asks for it."""

from __future__ import annotations

import pytest

from conftest import messages

_REQS = """# Clipboard sync

## Requirements

- copy on one device, paste on the others
- copy -> shown on other devices: p95 < 2 s
- {line}
"""


@pytest.mark.parametrize("line", ["battery: mobile must not hold socket 24/7", "don't keep GPS on 24/7 on phones"])
def test_a_device_resource_round_the_clock_leaves_availability_unstated(line: str) -> None:
    (found,) = messages(_REQS.format(line=line), "R004")
    assert "no availability target" in found


def test_the_service_up_round_the_clock_asks_for_availability() -> None:
    (found,) = messages(_REQS.format(line="the sync service must be up 24/7"), "R004")
    assert "is asked for ('24/7') with no target" in found
