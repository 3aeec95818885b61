"""E002: a size per thing on a line of notes and the total it comes to ("outputs 10 KB per sub → 1 GB per contest"),
under a line that counts those things ("1M submissions / 90 min"), is the count times the size; a size per some
other thing than the one counted above ("2 KB per session" under "50M users") is not read."""

from __future__ import annotations

import pytest

from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.overlines import sized_over_lines
from designlint.estimate.quantity import DEFAULT_PERIODS


def _kinds(above: str, below: str) -> list[str]:
    joined = sized_over_lines(above, below)
    return [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(joined, 2)] if joined else []


@pytest.mark.parametrize(
    ("above", "below", "kind"),
    [
        ("1M submissions / 90 min", "outputs/logs 10 KB per sub → 10 GB per contest", OK),
        ("1M submissions / 90 min", "outputs/logs 10 KB per sub → 1 GB per contest", ARITHMETIC),
        ("- 1B msgs/day", "- 2 KB per msg -> 2 TB/day", OK),
        ("- 1B msgs/day", "- 2 KB per msg -> 200 GB/day", ARITHMETIC),
    ],
)
def test_a_size_per_thing_under_their_count_is_a_product(above: str, below: str, kind: str) -> None:
    assert _kinds(above, below) == [kind]


def test_a_size_per_another_thing_is_not_read() -> None:
    assert sized_over_lines("- 50M users", "- 2 KB per session -> 100 GB") is None
