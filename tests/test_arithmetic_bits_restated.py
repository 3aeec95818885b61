"""E002/E007: a data rate restated in bits after a comma and a word of approximation ("~2 GB/s, about 16 Gbps into
storage"), or in bytes after bits, is checked as the conversion it is; a rate followed by another kind of figure
is not."""

from __future__ import annotations

import pytest
from test_arithmetic_unwritten import _slips


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Both streams together write ~3 GB/s, about 24 Gbps into the storage tier.",
            "Both streams together write ~3 GB/s, about 240 Gbps into the storage tier.",
        ),
        ("The edge sends 5 GB/s out, roughly 40 Gbps.", "The edge sends 5 GB/s out, roughly 5 Gbps."),
        ("The uplink carries 800 Mbps, about 100 MB/s.", "The uplink carries 800 Mbps, about 800 MB/s."),
    ],
)
def test_a_rate_restated_in_bits_or_bytes_is_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) in (["E002"], ["E007"])


@pytest.mark.parametrize("other", ["Replication adds 3 GB/s, about 30% of the link.", "Peak is 2 GB/s, about 4x the average."])
def test_a_rate_followed_by_another_kind_of_figure_is_left_alone(other: str) -> None:
    assert _slips(other) == []
