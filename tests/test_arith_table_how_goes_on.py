"""E002: a table's "how" cell that works the figure out and then goes on after a semicolon to another figure
("| ~5/s avg | 40k / 86,400; assume 10x peak -> ~50/s |"): the working before the semicolon is checked against the
figure beside it. A how-cell whose first clause works nothing out is not read."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips

_TABLE = """| Quantity | Value | Basis |
|---|---|---|
| Jobs per day | 40k | 400 cleaners x 100 |
| Job status writes | {value} | {basis} |
"""


def _slips(value: str, basis: str) -> list[str]:
    return arithmetic_slips(_TABLE.format(value=value, basis=basis), "Cleaning rounds")


def test_a_wrong_figure_before_the_note_is_a_slip() -> None:
    found = _slips("~5/s avg", "40k / 86,400; assume 10x peak around 8-9am -> ~50/s")
    assert len(found) == 1 and "stated 5/s avg" in found[0]


@pytest.mark.parametrize(
    ("value", "basis"),
    [
        ("~0.5/s avg", "40k / 86,400; assume 10x peak around 8-9am -> ~5/s"),
        ("~5/s avg", "spread over the day; assume 10x peak -> ~50/s"),
    ],
)
def test_a_right_figure_or_no_working_is_silent(value: str, basis: str) -> None:
    assert _slips(value, basis) == []
