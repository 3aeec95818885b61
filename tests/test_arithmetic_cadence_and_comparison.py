"""E002 on notes' shorthand: a cadence times a count ("polling every 2s x 2k boards = 1k rps") is the count over
the cadence, and two figures set side by side ("full service ~3h vs tube swap ~15min") are compared, not worked
out one from the other."""

from __future__ import annotations

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Repair shop queue")


def test_a_cadence_times_a_count_is_a_rate() -> None:
    assert _slips("- polling every 5s x 10k tablets = 2k rps, mostly empty") == []
    found = _slips("- polling every 5s x 10k tablets = 20k rps, mostly empty")
    assert found and "2,000" in found[0]


def test_figures_side_by_side_are_no_calculation() -> None:
    assert _slips("- a brake job ~2h vs a puncture ~20min, so the queue order matters") == []
    assert _slips("- a brake job ~2h versus a puncture ~20min") == []


def test_a_product_beside_a_comparison_is_still_checked() -> None:
    found = _slips("- 400 shops x 30 jobs = 1,200 jobs/day; brake job vs puncture is the spread")
    assert found and "12,000" in found[0]
