"""A count of things at the size or price of each, then the product in words: "2 million tiles at about 150 bytes
each is 300 MB", "40k texts/day @ $0.01 each = $400/day"; "@" in notes is "at each" ("30M listeners @ 160 kbps avg
= 4.8 Tbps"). The count times the size is checked, whatever word gives
the result ("is", "is only", "="); a size given for the whole ("at 150 bytes per batch") is not one thing's."""

from __future__ import annotations

import pytest

from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, UNIT, judge
from designlint.estimate.quantity import DEFAULT_PERIODS


def verdicts(line: str) -> list[tuple[str, str]]:
    return [(c.source, judge(c, DEFAULT_PERIODS, 0.15).kind) for c in candidates(line, 1)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The tile index is small: 2 million tiles at about 150 bytes each is 300 MB.", OK),
        ("The tile index is small: 2 million tiles at about 150 bytes each is only 30 MB.", ARITHMETIC),
        ("texts 2% -> 40k texts/day, @ $0.01 each = $400/day", OK),
        ("texts 2% -> 40k texts/day, @ $0.01 each = $40/day", ARITHMETIC),
        ("80 racks at $3,000 apiece = $240k", OK),
        ("80 racks at $3,000 apiece = $24k", ARITHMETIC),
    ],
)
def test_a_count_at_the_size_or_price_of_each_is_their_product(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_a_size_for_the_whole_batch_is_no_product() -> None:
    assert verdicts("2 million tiles go out at 150 MB per batch, which is fine.") == []


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("peak 30M listeners @ 160 kbps avg = 4.8 Tbps egress", [OK]),
        ("peak 30M listeners @ 160 kbps avg = 4.8 TB/s egress", [UNIT]),
        ("2M conns @ 2 KB = 4 GB", [OK]),
        ("2M conns @ 2 KB = 40 GB", [ARITHMETIC]),
    ],
)
def test_a_count_at_sign_what_each_takes_is_their_product(line: str, kinds: list[str]) -> None:
    assert [k for _, k in verdicts(line)] == kinds
