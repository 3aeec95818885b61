"""E002: one thing's figure stated as the total for all of them, the count named outside the working ("180,000
photos. At ca. 0.5 s per photo that is 25 hours"), is no result to check; the same figure multiplied by a count in
the working, or restated alone in another unit, still is."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


@pytest.mark.parametrize(
    "line",
    [
        "A re-run of the resize job for 180,000 photos. At ca. 0.5 s per photo on the VPS that is 25 hours.",
        "Every night we re-check 40k listings. At ~2 KB each that comes to 80 MB.",
    ],
)
def test_a_figure_per_thing_stated_as_the_total_is_not_checked(line: str) -> None:
    assert arithmetic_slips(line, "Photo archive") == []


@pytest.mark.parametrize(
    "line",
    ["5 s per photo x 100 photos = 50 s", "90 s, that is 15 minutes"],
)
def test_a_count_in_the_working_or_a_lone_restatement_is_still_checked(line: str) -> None:
    assert len(arithmetic_slips(line, "Photo archive")) == 1
