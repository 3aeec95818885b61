"""E001: shares stepped up one after another ("stages 1% -> 10% -> 50% -> 100%") are a rollout's stages, no figure
worked out; a share that an arrow turns into an amount ("99.9% -> ~8.7 h of downtime a year") still is."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Firmware rollout\n\n## Requirements\n- roll new firmware out to devices\n{}\n\n"
    "## Design\nA rollout service, a CDN for images, devices check in hourly.\n"
)


def _e001(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("E001",)))


@pytest.mark.parametrize(
    "line",
    ["- define a rollout: stages (1% -> 10% -> 50% -> 100%), health criteria", "- ramp 5% → 25% → 100% over a week"],
)
def test_shares_stepped_up_are_no_estimate(line: str) -> None:
    assert _e001(line)


def test_a_share_turned_into_an_amount_is_worked_out() -> None:
    assert not _e001("- availability 99.9% -> ~8.7 h of downtime a year")
