"""E002: two words glued by "+" after a result ("to compute+send", "CPU+RAM") name one thing and add nothing, so
the calculation before them is still checked; a "+" between figures ("RAID 1+0", "2k + 1k") is read as before."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


@pytest.mark.parametrize(
    "line",
    [
        "- nightly digests: 2M in 1h -> 2M / 3600 ~ 5.5k/s to render+send",
        "- replicas: 40 x 16 GB = 6.4 TB of CPU+RAM boxes",
    ],
)
def test_a_slip_before_words_joined_by_plus_is_reported(line: str) -> None:
    assert arithmetic_slips(line, "Newsletter digests")


@pytest.mark.parametrize(
    "line",
    [
        "- nightly digests: 2M in 1h -> 2M / 3600 ~ 550/s to render+send",
        "- replicas: 40 x 16 GB = 640 GB of CPU+RAM boxes",
        "- disks: RAID 1+0 over 4 x 2 TB = 8 TB raw",
        "- total: 3 x 2k + 1k = 7k/s",
    ],
)
def test_right_working_beside_a_plus_is_left_alone(line: str) -> None:
    assert arithmetic_slips(line, "Newsletter digests") == []
