"""E002 on a table row: a bare figure in one column and a working in units in the next are two columns, not a
calculation and its result ("| 5 | 4.9 km × 4.9 km |": a level and the size of its cell). A figure in the units of
the working, or a working with no units, is still read as the result the working gives."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Places\n\n## Estimation\n\n| radius | precision | cell size |\n|---|---|---|\n"


def _slips(row: str) -> list[str]:
    return [f.message for f in lint_string(HEAD + row + "\n", select=("E002", "E007"))]


@pytest.mark.parametrize(
    "row",
    [
        "| ≤ 2 km | 5 | 4.9 km × 4.9 km |",
        "| ≤ 15 km | 4 | 39 km × 19.5 km |",
        "| zoom 3 | 12 | 256 px x 256 px |",
    ],
)
def test_a_bare_figure_beside_a_working_in_units_is_another_column(row: str) -> None:
    assert _slips(row) == []


@pytest.mark.parametrize(
    ("row", "slipped"),
    [
        ("| media | ~80 TB | 142 GB × 270 |", True),
        ("| media | ~38 TB | 142 GB × 270 |", False),
        ("| jobs | 2,000 | 10 x 100 |", True),
        ("| jobs | 1,000 | 10 x 100 |", False),
    ],
)
def test_a_result_in_the_working_units_or_a_bare_working_is_still_checked(row: str, slipped: bool) -> None:
    assert bool(_slips(row)) is slipped
