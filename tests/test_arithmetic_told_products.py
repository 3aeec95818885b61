"""E002: a product told without its sign, a count of things, how many of another each has and the total of the
other ("5,000 hotels, average 200 rooms, so about 100k rooms"), is worked out. Figures side by side that give no
per-thing count, measures averaged ("avg 200 ms") and totals of other things are left alone."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Cinema seat booking

## Estimation

{line}

## High-level design

One booking service in front of Postgres.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Say 1,200 cinemas, average 400 seats, so about 48k seats.",
        "- 1,200 cinemas with 400 seats each -> ~48k seats",
        "1,200 cinemas, on average 400 seats per cinema, that's 4.8M seats.",
    ],
)
def test_a_product_told_without_its_sign_is_worked_out(line: str) -> None:
    found = messages(DOC.format(line=line), "E002")
    assert len(found) == 1 and "1,200 cinemas x 400 seats" in found[0]


@pytest.mark.parametrize(
    "line",
    [
        "Say 1,200 cinemas, average 400 seats, so about 480k seats.",  # right
        "1,200 cinemas, 400 seats, so about 48k seats.",  # nothing says the seats are per cinema
        "1,200 cinemas, avg 400 ms, so 400 ms at p50.",  # a measure averaged, not a count per cinema
        "1,200 cinemas, average 400 seats, so about 48k screens.",  # the total is of other things
    ],
)
def test_figures_side_by_side_a_measure_or_other_things_are_no_product(line: str) -> None:
    assert messages(DOC.format(line=line), "E002") == []
