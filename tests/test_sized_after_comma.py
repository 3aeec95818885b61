"""E002: notes give the size of each thing after a comma and the product after an arrow ("330m seat rows, ~100B/row
=> 3.3TB", "= 1B/yr, ~200 bytes each => 20GB/yr"): the count times the size is checked, a bare "B" per row read as
bytes."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Seats")


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("- 1.65M flights x 200 seats = 330m seat rows, ~100B/row => 3.3TB", True),
        ("- 1.65M flights x 200 seats = 330m seat rows, ~100B/row => 33GB", False),
        ("- trades: 20m users x 50 trades/yr = 1B/yr, ~200 bytes each => 20GB/yr", True),
        ("- trades: 20m users x 50 trades/yr = 1B/yr, ~200 bytes each => 200GB/yr", False),
        ("- 4M tickets, ~2 KB each -> 8 GB", False),
        ("- 4M tickets, ~2 KB each -> 80 GB", True),
    ],
)
def test_a_size_each_after_a_comma_multiplies_the_count(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped
