"""R002: backups a design keeps to restore from are a stance on durability, told as notes and posts tell them
("nightly SQLite backup to cloud storage", "Backup of the SQLite file every night", "point-in-time recovery"). An
account's "backup codes", or backing up as what the product does for its users, are not."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = """# Clubhouse weather board

## Requirements

- members see the latest wind and rain readings on a page
- the page must be cheap to host

## Design

A VPS runs a small web app with SQLite; the station posts a reading every 15 minutes. {line}
"""


def _missing(line: str) -> str:
    return nfr_unmet(DOC.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "A nightly SQLite backup goes to cloud storage.",
        "Backup of the SQLite file every night to the cloud storage of the club.",
        "The host gives point-in-time recovery for seven days.",
    ],
)
def test_backups_kept_to_restore_from_are_durability(line: str) -> None:
    assert "durability" not in _missing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Admins get ten backup codes when they turn on two-factor login.",
        "Members can back up their own photos of the board to their phones.",
    ],
)
def test_backup_codes_or_the_products_backups_are_not(line: str) -> None:
    assert "durability" in _missing(line)
