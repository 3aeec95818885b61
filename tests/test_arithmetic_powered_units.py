"""E002: a unit of area or volume with its power ("432 m³ x 4,21 € / 87", "m3") is a unit, so the figure
before it is part of the calculation; the power read as a name cut the calculation after it and checked a wrong
part. A name with a digit in it ("v2", "p99") still ends a calculation."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Water billing\n\n## Requirements\n- bill each parcel\n\n## Estimation\n{}\n\n## Design\nOne web app.\n"


def _e002(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line), select=("E002",))]


@pytest.mark.parametrize(
    "line",
    [
        "- loss per parcel: 432 m³ x 4,21 € / 87 = ca. 20,90 €",
        "- 432 m3 x 4.21 / 87 = about 20.9 per parcel",
    ],
)
def test_a_powered_unit_keeps_its_figure_in_the_calculation(line: str) -> None:
    assert _e002(line) == []


def test_a_wrong_result_is_checked_from_the_figure_before_the_unit() -> None:
    (message,) = _e002("- 432 m3 x 4.21 / 87 = about 2.9 per parcel")
    assert message.startswith("432 m3 x 4.21 / 87 evaluates to 21, stated about 2.9")


def test_a_name_with_a_digit_still_ends_a_calculation() -> None:
    assert _e002("- 3 replicas of m5 x 4 cores = 12 cores") == []
    assert _e002("- 3 replicas x 4 cores = 40 cores") != []
