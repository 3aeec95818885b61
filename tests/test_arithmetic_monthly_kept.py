"""E002: a monthly (or weekly) amount kept for a span and what that comes to ("100 TB a month. We keep five years of
monthly snapshots, so around 6 PB") is the amount times the span, as a daily one is."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Blade inspections\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "Photos: 40M × 2 MB = 80 TB a month. We keep five years of monthly snapshots, so around 480 TB.",
        "Payloads come to 600 GB a month; we keep 2 years of them, so about 1.4 TB.",
    ],
)
def test_a_wrong_total_kept_is_an_error(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Photos: 40M × 2 MB = 80 TB a month. We keep five years of monthly snapshots, so around 4.8 PB.",
        "Payloads come to 600 GB a month; we keep 2 years of them, so about 14 TB.",
        "500 GB of raw data per day. We keep raw events for 30 days (15 TB).",
    ],
)
def test_a_right_total_kept_is_clean(text: str) -> None:
    assert _e002(text) == []
