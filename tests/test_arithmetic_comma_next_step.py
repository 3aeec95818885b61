"""E002 on a chain whose middle figure is closed by a comma before the next step opens ("43.2B * 2KB = ~8.6TB/day
raw, ~5x compression => ~1.7TB/day"): the figure before the comma is the working's result and is checked. A step
that goes on from it after the comma ("≈ 51B records, times 2 KB ≈ 10 TB") is still read as going on."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _slips(line: str) -> list[str]:
    return [f.message for f in lint_string(f"# Bids\n\n## Estimation\n\n- {line}\n", select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("logging every req: 43.2B * 2KB = ~8.6TB/day raw, ~5x compression => ~1.7TB/day to store", True),
        ("logging every req: 43.2B * 2KB = ~86TB/day raw, ~5x compression => ~17TB/day to store", False),
        ("data 1TB x 3 = 3TB, x2 regions = 6TB", False),
    ],
)
def test_a_middle_figure_closed_by_a_comma_is_the_working_result(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped


def test_a_step_going_on_after_the_comma_is_read_as_going_on() -> None:
    line = "Seven years is 20M × 365 × 7 ≈ 51B records, times 2 KB ≈ 10 TB."
    assert [m.split(" evaluates")[0] for m in _slips(line)] == ["51B records x 2 KB"]
