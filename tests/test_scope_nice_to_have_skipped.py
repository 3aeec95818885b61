"""R006: a part weighed and skipped ("damage photos before the trip -> nice to have, skipped") and a part put off
after a comma that closes its clause ("free-floating parking would need a geo index, not doing that now") leave
parts out. "Nice to have" alone keeps the part wanted, and the same words running on ("not doing that now would
lose bookings") tell a consequence."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Car club booking

## Requirements

- members book a car by the hour and open it with the app
- {line}

## Design

- app -> booking api -> postgres; the car's box gets a signed key over LTE
"""


def _r006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))]


@pytest.mark.parametrize(
    "line",
    [
        "damage photos before the trip -> nice to have, skipped",
        "fuel card per car (nice to have, skipped)",
        "free-floating parking would need a geo index on car positions, not doing that now",
    ],
)
def test_a_part_skipped_or_put_off_after_a_comma_is_left_out(line: str) -> None:
    assert _r006(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "a favourite car per member would be nice to have",
        "the box retries the key download, not doing that now would lose bookings",
    ],
)
def test_a_wish_or_a_consequence_leaves_nothing_out(line: str) -> None:
    assert _r006(line) == ["R006"]
