"""E001: an amount per thing set equal to a total, the count of things implied ("ca. 1,00 EUR per member per year
= 1.450 EUR" in an options table, "~2 KB per user = 200 GB") is a figure worked out, wherever it sits. A price per
thing alone ("ca. 25 EUR per month") is only given."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Concept: membership fees\n\n## 1. Requirements\n- collect yearly fees by direct debit\n\n"
    "## 2. Options\n\n| option | pro | contra |\n|---|---|---|\n| A: club software | ready | {cell} |\n"
    "| B: own app | fits our rules | effort |\n\n## 3. Technical concept\nA small web app and a database.\n"
)


def _e001(cell: str) -> bool:
    return bool(lint_string(DOC.format(cell=cell), select=("E001",)))


@pytest.mark.parametrize(
    "cell", ["ca. 1,00 EUR per member per year = 1.450 EUR, export not nice", "~2 KB per member = 3 MB, no problem"]
)
def test_an_amount_per_thing_equal_to_a_total_is_worked_out(cell: str) -> None:
    assert not _e001(cell)


@pytest.mark.parametrize("cell", ["ca. 25 EUR per month, export not nice", "1,00 EUR per member per year"])
def test_a_price_per_thing_alone_is_given(cell: str) -> None:
    assert _e001(cell)
