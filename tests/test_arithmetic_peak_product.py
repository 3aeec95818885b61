"""E002/E007: a line opening with "peak" that multiplies two figures ("peak ingress ~270 x 400KB ≈ 108MB/s") is a
product, not a peak factor raising the rate on the line above; "peak evening 5x ~ 1.8k/s" still is one."""

from __future__ import annotations

from conftest import messages

RATE = "- uploads 3.9M/day over 12 h = 43.2k s -> ~90 uploads/s avg, x3 peak -> ~270/s\n"


def _arith(lines: str) -> list[str]:
    doc = "# Delivery photos\n\n## Numbers\n\n" + lines
    return messages(doc, "E002", "E007")


def test_a_product_after_peak_is_no_factor() -> None:
    assert _arith(RATE + "- peak ingress ~270 x 400KB ≈ 108MB/s\n") == []


def test_a_wrong_product_after_peak_is_still_found() -> None:
    assert _arith(RATE + "- peak ingress ~270 x 400KB ≈ 10MB/s\n")


def test_a_peak_factor_on_the_next_line_is_still_checked() -> None:
    assert _arith("- score updates 50M/86400 ≈ 580/s\n- peak evening 5x ~ 1.8k/s\n")
