"""D004: the naive way told as a condition with its trouble ("If we just overwrite the file, the CDN keeps the old
one until the TTL runs out, a real problem with year-long TTLs"), then the way taken, weighs a choice; a condition
with no cost said beside it, or a failure told as a condition, does not."""

from __future__ import annotations

import pytest
from test_weighed_notes import _d004


def test_a_naive_way_with_its_trouble_then_a_decision_weighs_a_choice() -> None:
    weighed = (
        "If we just overwrite grid.jpg the CDN keeps the old one until the TTL runs out, and browsers too. With long "
        "TTLs that is a real problem.\n\nDecision: **the version is part of the URL**. On replace we bump the "
        "version and the portal renders the new URL; old files are deleted by a lifecycle rule."
    )
    assert not _d004(weighed)


@pytest.mark.parametrize(
    "not_weighed",
    [
        "If we just restart the worker, it picks up where it left off from the queue.",
        "Decision: the version is part of the URL. On replace we bump the version and render the new URL.",
    ],
)
def test_a_condition_alone_or_a_decision_alone_weighs_nothing(not_weighed: str) -> None:
    assert _d004(not_weighed)
