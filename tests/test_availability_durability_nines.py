"""R004: nines said of durability ("Durability is the whole point: 11 nines on the stored bytes", "99.999999999%
durability") say how rarely stored bytes are lost; they set no availability target. Nines said of availability on
the same line still do."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# History service\n\n## Requirements\n- keep every version\n- must be highly available\n{}\n\n## Design\nOne service.\n"


def _r004(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R004",)))


@pytest.mark.parametrize(
    "line",
    [
        "- Durability is the whole point. I'd aim for 11 nines on the stored bytes.",
        "- durability 99.999999999%",
    ],
)
def test_nines_of_durability_set_no_availability_target(line: str) -> None:
    assert _r004(line)


@pytest.mark.parametrize(
    "line", ["- availability: four nines, durability eleven nines", "- 99.9% availability, durability 99.999999999%"]
)
def test_nines_of_availability_beside_them_still_do(line: str) -> None:
    assert not _r004(line)
