"""E002: how often something happens ("reports every 10 seconds") beside how long something lasts ("the average
ride is 12 minutes") is two facts, not one length of time restated in another unit."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Scooter telemetry\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "If each scooter reports every 10 seconds and the average ride is 12 minutes, that's 12 times 60 over 10, "
        "72 pings a ride.",
        "Each open ride polls the map every 5 s and a ride lasts ~20 min. At peak that's 300/s * 1200 s ≈ 360k "
        "open rides.",
    ],
)
def test_a_cadence_beside_a_duration_is_no_slip(text: str) -> None:
    assert _e002(text) == []


def test_a_length_of_time_restated_wrongly_is_still_an_error() -> None:
    assert len(_e002("The nightly job takes 5,400 seconds = 15 hours.")) == 1
