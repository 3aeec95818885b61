"""E001: an amount per thing per span followed by ", so" and a total ("ca. 1,50 EUR per member per year, so ca. 270
EUR per year") is worked out, the count of things implied, as the same with "=" was. "5 EUR per month, so cheap"
works nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Rowing club boats\n\n## Requirements\n- members book boats\n\n"
    "## Design\n\nA small web app, or a ready product.\n\n## Options\n\n{}\n"
)


def _e001(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("E001",)))


@pytest.mark.parametrize(
    "text",
    [
        "A ready product costs ca. 1,50 EUR per member per year, so ca. 270 EUR per year.",
        "Backups: about 2 GB per member a year, so about 360 GB a year.",
    ],
)
def test_an_amount_per_thing_then_so_a_total_is_worked_out(text: str) -> None:
    assert not _e001(text)


@pytest.mark.parametrize("text", ["Hosting is 5 EUR per month, so cheap.", "It costs 1,50 EUR per member per year."])
def test_a_price_alone_works_nothing_out(text: str) -> None:
    assert _e001(text)
