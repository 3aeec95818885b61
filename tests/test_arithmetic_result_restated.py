"""A result just worked out, restated in another unit of size on the same chain ("3M x 40 B = 120 MB ≈ 1.2 GB"), is
one figure written twice, and the restatement is checked; a size restated right ("= 120 MB ≈ 0.12 GB"), or a size
alone beside another with no working before it ("2 KB = 760 MB"), is left alone."""

from __future__ import annotations

import pytest

from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.quantity import DEFAULT_PERIODS


def _kinds(line: str) -> list[str]:
    return [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1)]


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Memory: 3M sessions × 40 B = 120 MB ≈ 1.2 GB, one small Redis.", [OK, ARITHMETIC]),
        ("Memory: 3M sessions × 40 B = 120 MB ≈ 0.12 GB, one small Redis.", [OK, OK]),
        ("daily logs: 2M lines x 500 B = 1,000 MB = 10 GB", [OK, ARITHMETIC]),
        ("daily logs: 2M lines x 500 B = 1,000 MB = 1 GB", [OK, OK]),
    ],
)
def test_a_result_restated_in_another_unit_of_size_is_checked(line: str, kinds: list[str]) -> None:
    assert _kinds(line) == kinds


def test_a_size_beside_another_with_no_working_before_it_is_left_alone() -> None:
    assert _kinds("card record 2 KB = 760 MB for the whole deck") == []
