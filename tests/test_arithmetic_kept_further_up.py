"""E002: a note that keeps a daily amount for a span ("- keep 1yr of bookings for reports: ~6.8 TB") under a line or
two of other notes takes the nearest daily amount above it; a colon may give what it comes to. Where the nearest
daily amount does not end its line ("=> ~100 GB/day on disk"), nothing above it is taken in its place."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Chess tournament pairings\n\n## Numbers\n\n" + text + "\n", "E002")


NOTES = """- 75M moves x 25 bytes -> 7.5B*25 = 187 GB/day
- pairing lookups = 1 per round, ~30% cached -> 26k lookups/s avg
- keep 1yr of moves for replays: {kept}"""

ON_DISK = """- 5B x 200B = 1TB/day raw
- columnar, assume ~10x => ~100GB/day on disk
- keep 13 months (~395d) => ~40TB"""


def test_a_span_kept_two_lines_down_is_checked() -> None:
    found = _e002(NOTES.format(kept="~6.8 TB"))
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize("text", [NOTES.format(kept="~68 TB"), ON_DISK])
def test_a_right_span_or_an_amount_not_ending_its_line_is_clean(text: str) -> None:
    assert _e002(text) == []
