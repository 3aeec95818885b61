"""E002: a day's length written as a power ("/ 10^5 s") is a conversion by hand, as "/ 100k s" is; and a sentence
that says it ("A day is roughly 10^5 seconds, so about ...") divides the daily figure before it, with no "that's"
needed after "so". Both were read wrongly: the power's value was missed, so a right calculation got E007 (units
that cannot match) or E008, and the sentence was not read as a calculation at all, so a tenfold slip went
unreported."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# File sync\n\n## Requirements\n- files sync across devices\n\n## Estimate\n{}\n\n## Design\nclient -> api -> store\n"


def _arithmetic(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line), select=("E002", "E007", "E008"))]


@pytest.mark.parametrize(
    "line",
    [
        "200M ops/day / 10^5 s = 20k ops/sec",
        "200M ops/day. A day is roughly 10^5 seconds, so about 20k ops/sec average, peak maybe 3x, so 60k/s",
        "200M ops/day. A day is roughly 86,400 seconds, so about 20k ops/sec average",
    ],
)
def test_a_slip_over_the_day_length_is_an_error(line: str) -> None:
    assert _arithmetic(line) == ["E002"]


@pytest.mark.parametrize(
    "line",
    [
        "500k events/day /10^5 s = ~5 events/s avg",
        "1M/day / 10^5 = ~10/s",
        "200M ops/day. A day is roughly 10^5 seconds, so about 2k ops/sec average, peak maybe 3x, so 6k/s",
        "A day is roughly 86,400 seconds, so plan for bursts",
        "4M uploads a day. A day is 86,400 seconds, so 2 app servers handle it at about 25 a second each.",
    ],
)
def test_a_right_calculation_over_the_day_length_passes(line: str) -> None:
    assert _arithmetic(line) == []
