"""E002: a range typed with a hyphen as an operand ("5k-10k users x 3 = 15k-30k req/day") is no figure the checker
reads: its second end was read from its second digit on ("0k", a value of 0), and a right working was reported as
a slip "evaluates to 0". A working beside it, after the range, is still checked."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Svc\n\n## Requirements\n- store things\n\n## Estimation\n{line}\n\n## Design\nOne service.\n"


def _e002(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line=line), select=("E002",))]


@pytest.mark.parametrize(
    "line",
    ["- 5k-10k users x 3 = 15k-30k req/day", "- 5-10k users x 3 = 15-30k req/day", "- 2-40k devices x 2 = 4-80k"],
)
def test_a_range_operand_reports_no_slip(line: str) -> None:
    assert _e002(line) == []


def test_a_working_after_the_range_is_still_checked() -> None:
    assert any("stated 4.3M/day" in m for m in _e002("- 5-10k users; 500 req/s x 86400 = 4.3M/day"))
