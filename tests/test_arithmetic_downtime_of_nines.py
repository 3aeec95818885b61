"""E002: an availability share of a span (99% or more) given with the downtime it leaves ("99.9% of 48h = ~3 min",
"99.9% of 30 days = 43 min downtime") states the rest of the span, not the share written, so it is no slip; nor is
one figure with a clause run on after it ("a 48h event then allows ~3 min of downtime"), which is a sentence, not
a working. A smaller share of a time, a share of a count or a rate, and a product before "allows" are checked as
before."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Judging\n\n## Requirements\n- judges score entries\n\n## Estimate\n{}\n\n## Design\nclient -> api -> store\n"


def _e002(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line), select=("E002",))]


@pytest.mark.parametrize(
    "line",
    [
        "99.9% of 48h = ~3 min",
        "99.9% of 30 days = 43 min downtime",
        "| Availability | 99.9% over the event window | A 48h event then allows ~3 min of downtime |",
    ],
)
def test_the_downtime_a_share_leaves_is_no_slip(line: str) -> None:
    assert _e002(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "95% of 200 requests/s = 19 requests/s",
        "99% of 1,000 jobs = 99 jobs",
        "95% of 40 min of video = 30 min served from the edge",
        "8 nodes x 1000 req/s allows ~ 4000 req/s",
    ],
)
def test_a_share_of_a_count_or_a_rate_is_still_checked(line: str) -> None:
    assert _e002(line) == ["E002"]
