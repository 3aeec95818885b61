"""E002: a result off by more than ten thousand times, every token read one way, is more likely a misreading of the
write-up than its slip ("180 tasks/day + 40 = 220" read as forty a second was one): it is told as unsure. A result
off tenfold, every token read one way, stays a sure report (its default variant). Both are warnings: E002 is no
error by default (its explain text gives the measured precision)."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _found(lines: str) -> list[tuple[str, str]]:
    """(variant, message) of each E002: "default" when sure, "uncertain" otherwise."""
    doc = f"# Club booking\n\n## Estimation\n\n{lines}\n"
    found = lint_string(doc, select=("E002",))
    assert all(f.severity == "warning" for f in found)
    return [(f.variant, f.message) for f in found]


def _severities(lines: str) -> list[str]:
    return [severity for severity, _ in _found(lines)]


@pytest.mark.parametrize("line", ["1,000 x 1,000 x 100 = 5 rows", "6 x 7 x 9 x 11 x 13 = 5 bookings"])
def test_a_result_off_by_more_than_ten_thousand_times_is_a_warning_with_no_share_off(line: str) -> None:
    ((severity, message),) = _found(line)
    assert severity == "uncertain" and "% off" not in message


@pytest.mark.parametrize("line", ["3 courts x 12 hours x 5 = 18 hours in all", "400 members x 3 = 12,000 bookings"])
def test_a_result_off_tenfold_stays_an_error(line: str) -> None:
    assert _severities(line) == ["default"]


def test_a_far_off_result_a_hint_explains_stays_an_error() -> None:
    ((severity, message),) = _found("- Uploads: 4M/24 x 60 x 60 = 4 photos/sec")
    assert severity == "default" and "did you mean" in message
