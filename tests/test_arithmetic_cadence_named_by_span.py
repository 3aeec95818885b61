"""E002: things made once per a span and named by it ("1 min values", "5-min buckets", "10 s samples") are a rate,
one per that span: "1 min values × 40 sensors is ca. 57.600 rows per day" holds (1,440 a day from each), where read
as a duration the working gave forty and a false error. Off by ten, such a working is still reported; a cadence
with no calculation is none."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = "# Noise sensors\n\n## Numbers\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "1 min values × 40 sensors is about 57,600 rows per day, no problem.",
        "5-min buckets × 1,000 meters = 288,000 rows per day.",
        "We keep 5-min buckets for 30 days.",
    ],
)
def test_a_cadence_times_a_count_is_a_rate(line: str) -> None:
    assert messages(_DOC.format(line=line), "E002") == []


def test_a_cadence_off_by_ten_is_reported() -> None:
    found = messages(_DOC.format(line="5-min buckets × 1,000 meters = 28,800 rows per day."), "E002")
    assert len(found) == 1 and "10 times" in found[0]
