"""E002: a sentence that opens by restating the result before it in another period ("= 200 GB per day. That's
around 73 TB per year.", "... per day. Per year this is around 73 TB") is checked, as "that's" in one sentence is;
what such a sentence says that is no rate ("That's about 2 disks") is left alone."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Comments")


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("500M comments × 400 B = 200 GB per day. Per year this is around 7.3 TB.", True),
        ("500M comments × 400 B = 200 GB per day. Per year this is around 73 TB.", False),
        ("500M comments × 400 B = 200 GB per day. That's around 7.3 TB per year.", True),
        ("500M comments × 400 B = 200 GB per day. That's around 73 TB per year.", False),
        ("500M comments × 400 B = 200 GB per day. That's about 2 disks.", False),
        ("500M comments × 400 B = 200 GB per day. It is 10 times what we store today.", False),
    ],
)
def test_a_result_restated_in_the_next_sentence_is_checked(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped
