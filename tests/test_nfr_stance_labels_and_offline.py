"""R002: a stance used as a label counts as one said in a sentence ("## Working offline" over how scans are kept,
as "## Security" names security); a design kept from needing its network ("payments must not depend on the shop
being online") is a stance on availability; "not dropped" is one on durability, as "never lost" is."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Vineyard crate tracking

## Requirements

- scan a crate when it is filled
- credit the picker for it
- scale for the harvest peak, 10x a normal day

{section}
"""


def _missing(section: str) -> str:
    found = messages(_DOC.format(section=section), "R002")
    return found[0].rpartition("need for:")[2] if found else ""


@pytest.mark.parametrize(
    "section",
    [
        "## Working offline\n\nEach scan goes to the phone's SQLite first; fills still open are not dropped.",
        "## Payments\n\nPayments must not depend on the shop being online; fills are not dropped.",
    ],
)
def test_offline_stances_and_labels_count(section: str) -> None:
    assert _missing(section) == ""


def test_a_plain_heading_takes_no_stance() -> None:
    assert "availability" in _missing("## Scanning\n\nEach scan goes to the phone's SQLite first.")
