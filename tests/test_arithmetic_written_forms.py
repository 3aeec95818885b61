"""E002: a decimal comma before a scale, a unit or a per cent ("2,5 million", "0,5 KB", "99,9%", "2,5M"), as many
writers outside English put it, is a decimal point: a right result is no slip and a wrong one is checked with the
figure as written. A comma before three digits ("2,500") groups thousands, and one in a list ("1,2 and 3") is no
decimal; thousands grouped by apostrophes ("1'000'000", as Swiss writers group them) are one figure, and a
range typed with an en dash ("2–3 KB") is a range as with a hyphen."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Docs store\n\n## Estimation\n\n- {}\n"


def _findings(line: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(line), select=("E002", "E007"))]


@pytest.mark.parametrize(
    "right",
    ["2,5 million x 2 = 5 million", "0,5 KB x 1M = 500 MB", "1,5 GB x 10 = 15 GB", "99,9% of 1M = 999k", "2,5M x 2 = 5M"],
)
def test_a_right_result_with_a_decimal_comma_is_no_slip(right: str) -> None:
    assert _findings(right) == []


def test_a_wrong_result_with_a_decimal_comma_is_checked_as_written() -> None:
    assert _findings("2,5M orders x 2 = 50M") == ["2.5M orders x 2 evaluates to 5,000,000, stated 50M"]


@pytest.mark.parametrize(("line", "found"), [("2,500 x 2 = 5,000", []), ("2,500 x 2 = 50,000", ["2,500 x 2"])])
def test_a_comma_before_three_digits_groups_thousands(line: str, found: list[str]) -> None:
    assert [message.split(" evaluates")[0] for message in _findings(line)] == found


@pytest.mark.parametrize(
    ("line", "found"), [("1'000'000 x 2 = 2'000'000", []), ("1'000'000 x 2 = 20'000'000", ["1,000,000 x 2"])]
)
def test_thousands_grouped_by_apostrophes_are_one_figure(line: str, found: list[str]) -> None:
    assert [message.split(" evaluates")[0] for message in _findings(line)] == found


@pytest.mark.parametrize("line", ["2–3 KB x 1M = 2–3 GB", "avg 2–3 KB x 1M docs ≈ 2–3 GB"])
def test_a_range_typed_with_an_en_dash_is_a_range_as_with_a_hyphen(line: str) -> None:
    assert _findings(line) == _findings(line.replace("–", "-")) == []
