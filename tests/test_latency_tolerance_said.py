"""R003: a delay said to be fine, with its size ("Low latency isn't really critical, a couple of seconds is fine",
"a 5 second lag is completely fine"), states the latency the design must meet: a target, not an ask without one.
A delay called fine with no size ("some lag is fine") is none."""

from __future__ import annotations

import pytest

from conftest import messages

_REQS = """# Boat damage reports

## Requirements

- members report damage with a photo
- the boatman sees open reports
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Low latency isn't really critical, a couple of seconds is fine.",
        "Reports must show up fast; a 5 second lag is completely fine.",
    ],
)
def test_a_sized_tolerance_is_a_target(line: str) -> None:
    assert messages(_REQS.format(line=line), "R003") == []


def test_a_tolerance_with_no_size_is_no_target() -> None:
    assert len(messages(_REQS.format(line="Reports must show up fast; some lag is fine."), "R003")) == 1
