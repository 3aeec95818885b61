"""D005: the write that commits second failing on a unique key ("whichever insert commits second fails, and the
caller hears 'you're already on a team'") is a lost race, not a part failing; a part that fails still counts."""

from __future__ import annotations

import pytest
from test_failure_contention_told import _d005


@pytest.mark.parametrize(
    "race",
    [
        "A unique constraint on (event_id, user_id) holds it. Then whichever insert commits second fails, and we "
        "return 'you're already on a team' to that caller.",
        "The update that lands last fails on the version check and the app reloads the team.",
    ],
)
def test_the_write_that_commits_second_failing_is_contention(race: str) -> None:
    assert _d005(race)


def test_a_part_failing_beside_it_still_counts() -> None:
    told = "Whichever insert commits second fails. If the database fails, the standby takes over within a minute."
    assert not _d005(told)
