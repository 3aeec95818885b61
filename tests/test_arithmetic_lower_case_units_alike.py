"""E002: units of size typed in lower case are read alike in one calculation, kilobits of one and bytes of the
other never together ("40m x 250kb = ~1tb" is 10 TB, a dropped zero), and a slip nearer tenfold than eightfold is
told as tenfold, not as bits read as bytes. Bits written as such are still told."""

from __future__ import annotations

from conftest import arithmetic_slips


def test_lower_case_sizes_are_read_alike() -> None:
    (message,) = arithmetic_slips("- raw: 40m docs x 250kb = ~1tb", "Document search")
    assert "10 times too small" in message


def test_lower_case_sizes_that_agree_pass() -> None:
    assert arithmetic_slips("- raw: 40m docs x 250kb = ~10tb", "Document search") == []


def test_a_slip_of_eight_with_bits_written_is_still_told_as_bits() -> None:
    (message,) = arithmetic_slips("- 100 Mbit/s x 3600 = 360 GB/hour", "Backup link")
    assert "bytes were read as bits" in message
