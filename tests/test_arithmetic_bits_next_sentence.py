"""E002/E007: a bit rate said again in bytes in the next sentence ("= 27 Tbps egress. In bytes that's about 3.4
TB/s", "That's about 3.4 TB a second"), checked as in one sentence; the same words with no bytes after them check
nothing."""

from __future__ import annotations

from test_arithmetic_unwritten import _slips


def test_a_bit_rate_said_in_bytes_in_the_next_sentence_is_checked() -> None:
    said = "Me: 200k × 135 Mbps = 27 Tbps egress. In bytes that's about {} TB/s."
    assert _slips(said.format("3.4")) == []
    assert _slips(said.format("216")) in (["E002"], ["E007"])


def test_a_next_sentence_in_bytes_with_no_rate_checks_nothing() -> None:
    assert _slips("Me: 200k × 135 Mbps = 27 Tbps egress. In bytes that's a lot of disks.") == []


def test_a_bit_rate_said_in_bytes_after_thats_is_checked() -> None:
    said = "Me: 200k × 135 Mbps = 27 Tbps egress. That's about {} leaving the edge."
    assert _slips(said.format("3.4 TB/s")) == []
    assert _slips(said.format("27 TB/s")) in (["E002"], ["E007"])
    assert _slips(said.format("27 TB a second")) in (["E002"], ["E007"])
    assert _slips("Me: 200k × 135 Mbps = 27 Tbps egress. That's 3 racks of edge boxes.") == []
