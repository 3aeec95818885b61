"""E002: a sum of sizes with the unit written once, on its last term ("2 + 5 + 10 MB = ~17 MB"), adds sizes of
that unit; before, the bare terms were read as bytes and the sum came out as 10 MB, a false error. A sum so
written that is really off is still caught."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Clip sharing

## Estimation

- 10M uploads/day
- {line}
"""


def _e002(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line=line), select=("E002",))]


@pytest.mark.parametrize(
    "line",
    [
        "three renditions ~ 2 + 5 + 10 MB = ~17 MB per clip",
        "logs + metrics: 4 + 6 GB = 10 GB a day",
    ],
)
def test_the_unit_on_the_last_term_holds_for_the_sum(line: str) -> None:
    assert _e002(line) == []


def test_a_sum_so_written_that_is_off_is_still_caught() -> None:
    assert [m for m in _e002("three renditions ~ 2 + 5 + 10 MB = ~170 MB per clip") if "evaluates to 17 MB" in m]
