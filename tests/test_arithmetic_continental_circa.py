"""E002 on numbers written the continental way: "ca." before a figure marks it rough, as "~" does ("2,5 Mio / 365 =
ca. 68 000 per day" is a slip); and a doc full of decimal commas and thousands dots ("6 × 3.600 = 36.000 s",
"2,25 Mio / 36.000 = 62,5") still reads so when one figure has three decimals ("12,195 km"), which alone looks
like a comma between thousands."""

from __future__ import annotations

import pytest

from conftest import lint_string

CIRCA = """# Falconry displays

## Numbers

200 centres × 4 displays per day × 365 days = 292 000 displays per year.
Website: 2,5 Mio visitors per year.
2,5 Mio / 365 = ca. {per_day} per day.
"""

RACE = """# Marathon splits

## Numbers

- race window is 6 hours = 6 × 3.600 = {window} s
- raw reads 2,25 Mio / 36.000 = 62,5 per second. splits 450.000 / 36.000 = 12,5 per second.
- remaining 12,195 km × 300 s × 1,06 = 3.878 s
"""


def _e002(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("E002",))]


def test_a_figure_marked_circa_is_checked() -> None:
    found = _e002(CIRCA.format(per_day="68 000"))
    assert len(found) == 1 and "10 times too large" in found[0]
    assert _e002(CIRCA.format(per_day="6 800")) == []


@pytest.mark.parametrize(("window", "slips"), [("36.000", 1), ("21.600", 0)])
def test_one_three_decimal_figure_does_not_unmake_a_continental_doc(window: str, slips: int) -> None:
    found = _e002(RACE.format(window=window))
    assert len(found) == slips and all("3600" in message for message in found)
