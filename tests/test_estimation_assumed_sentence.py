"""E001: counts in a sentence the writer opens by assuming ("I assume approx. 4 000 shelters, around 120 000 animals
online and 1,5 Mio visitors a month") are given, not worked out, so they are no estimate; a rate worked out in
that sentence ("Assume 10M uploads a day, about 116 a second") still is one."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Pet adoption listings

## Requirements

- shelters list animals with photos; visitors search by species, size and distance

## Some numbers

{numbers}

## API

- GET /animals?species=&near= ; POST /animals (shelter only)
"""


def _e001(numbers: str) -> list[str]:
    return messages(DOC.format(numbers=numbers), "E001")


@pytest.mark.parametrize(
    "numbers",
    [
        "I assume approx. 4 000 shelters, around 120 000 animals online at the same time and 1,5 Mio visitors a month.",
        "Let's say 4,000 shelters, about 120,000 animals listed and 2 MB per photo.",
    ],
)
def test_assumed_counts_are_no_estimate(numbers: str) -> None:
    assert _e001(numbers)


def test_a_rate_worked_out_while_assuming_still_is() -> None:
    assert _e001("Assume 10M page views a day, about 116 a second, and 4,000 shelters.") == []
