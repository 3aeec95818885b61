"""D005: a part cut off from the rest is a failure the design answers: a link that drops, a device that goes
offline, what it asks for after reconnecting. "Offline" as a batch job's word is none."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Ski gates

## Requirements

- A gate opens for a valid pass.

## High-level design

Gates check passes against a copy of the pass table; a resort server sends them changes.

## Deep dives

### Pass table

"""


def _d005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("D005",))] == ["D005"]


@pytest.mark.parametrize(
    "cut_off",
    [
        "The uplink drops on the mountain, so each gate decides from its own copy.",
        "Each change has a sequence number, and gates ask for what they missed after reconnecting.",
        "A gate that goes offline keeps scanning and uploads its scans later.",
    ],
)
def test_a_part_cut_off_is_a_failure_mode(cut_off: str) -> None:
    assert not _d005(cut_off)


def test_offline_as_a_batch_job_is_none() -> None:
    assert _d005("Usage reports are built by an offline job every night.")
