"""E001: a run of counts of different things, some approximate and some not ("~600 staff, 4 floors, 30 printers,
~5k jobs/day"), lists what is given; a count in the run that is the product of two before it, or a figure that goes
on from the run, is worked out."""

from __future__ import annotations

import pytest
from test_checks_estimation import _doc

from conftest import lint_string


@pytest.mark.parametrize(
    ("line", "derived"),
    [
        ("~600 staff, 4 floors, 30 printers (two makes), ~5k jobs/day, avg job ~2MB", False),
        ("40 clinics, 12 doctors each, ~480 doctors, ~20 visits a day each", True),
        ("~600 staff, 4 floors, 30 printers, so ~150 staff per floor", True),
    ],
)
def test_a_run_of_given_counts_mixed_with_exact_ones_is_given(line: str, derived: bool) -> None:
    assert (lint_string(_doc(f"- {line}"), select=("E001",)) == []) is derived
