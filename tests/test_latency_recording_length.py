"""R003: how long a recording may run is no latency target ("optional a short audio recording (max. 30 s)", "voice
notes up to 60 seconds long"); the time to the first sound is one ("QR code to first audio in under 10 s")."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Noise complaints

## Requirements

- a resident reports a noise with its address and the time it started
- {ask}
- the officer on duty sees new reports near real time
"""


@pytest.mark.parametrize(
    "ask",
    ["an optional short audio recording (max. 30 s) and a photo", "voice notes up to 60 seconds long"],
)
def test_a_recordings_length_is_no_latency_target(ask: str) -> None:
    found = messages(DOC.format(ask=ask), "R003")
    assert found and "near real time" in found[0]


def test_the_time_to_the_first_sound_is_a_target() -> None:
    assert messages(DOC.format(ask="QR code to first audio in under 10 s on the hall wifi"), "R003") == []
