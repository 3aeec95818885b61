"""D006: the biggest audiences read instead of pushed to ("for channels with 100k+ members I wouldn't fan out per
member, members fetch from the channel's log", "over 5k members I'd stop copying and keep a single channel log") is
celebrity handling, a scaling path; the same pull said of every group, with no crowd counted, is the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "biggest",
    [
        "Me: for bakery chains with 100k+ followers I wouldn't fan out per follower, followers fetch from the "
        "chain's log when they open the app.",
        "Over 5k followers, say, I'd stop copying orders news into inboxes and keep a single channel log.",
    ],
)
def test_the_biggest_audiences_read_instead_of_pushed_to_is_a_scaling_path(biggest: str) -> None:
    assert not _d006(biggest)


def test_pull_for_every_group_with_no_crowd_counted_is_the_base_design() -> None:
    assert _d006("Every shop's followers fetch from the shop's log when they open the app; nothing is pushed.")
