"""A working shown in brackets beside what it sizes ("storage stays small (300 reports x 2 photos x 2 MB = 1.2 GB)")
is a calculation: E002 checks it and E001 counts it as an estimate, in the estimate or elsewhere. Brackets that
hold no operation ("2 servers (plus redundancy = 4)") or restate the figure before them ("(= 1M x 2 MB)") are
no working of their own."""

from __future__ import annotations

import pytest

from conftest import lint_string

ESTIMATE = "# Hut booking\n\n## Requirements\n- book a bed\n\n## Estimation\n\n{}\n\n## Architecture\nOne VM.\n"
ELSEWHERE = (
    "# Hut booking\n\n## Requirements\n- book a bed\n\n## Data model\n\n{}\n\n"
    "## Estimation\nWe have 14 huts and 600 beds.\n\n## Architecture\nOne VM.\n"
)


def _rules(doc: str, text: str) -> list[str]:
    return [f.rule_id for f in lint_string(doc.format(text), select=("E001", "E002"))]


@pytest.mark.parametrize(
    ("line", "slip"),
    [
        ("Photos stay small (300 reports x 2 photos x 2 MB = 1.2 GB) per year.", False),
        ("Photos stay small (300 reports x 2 photos x 2 MB = 12 GB) per year.", True),
        ("Bookings peak at ~1.2k a day (40 beds x 30 huts = 1,200).", False),
        ("Bookings peak at ~1.2k a day (40 beds x 30 huts = 120).", True),
        ("Reads are modest (2M / 86400 = 23/s), so one database is enough.", False),
        ("Reads are modest (2M / 86400 = 230/s), so one database is enough.", True),
    ],
)
def test_a_working_in_brackets_is_checked(line: str, slip: bool) -> None:
    assert ("E002" in _rules(ESTIMATE, line)) == slip


def test_a_working_in_brackets_outside_the_estimate_is_an_estimate() -> None:
    line = "Series are stored as single rows (ca. 30 weeks x 2 = 60 rows per series), so conflicts are simple."
    assert _rules(ELSEWHERE, line) == []
    assert _rules(ELSEWHERE, "Series are stored as single rows, so conflicts are simple.") == ["E001"]


@pytest.mark.parametrize(
    "line",
    [
        "We run 2 servers (plus redundancy = 4), each small.",
        "Storage is 20 TB (= 1M x 2 MB x 10), stated once.",
        "Each bed has a number (1-600) and a hut (ids 1/2/3 = north, south, east).",
    ],
)
def test_brackets_holding_no_working_of_their_own_are_left_alone(line: str) -> None:
    assert "E002" not in _rules(ESTIMATE, line)
