"""E002/E008: a count of things per something, then after ", at" the working for each of them ("~40 per race, at 2
photos × 3 MB = 240 MB"): the result is the count times the working, which is a multiplier written before it
(E008, told how to write it), not an arithmetic error. A working that holds on its own, or a result that neither
reading gives, is judged as before."""

from __future__ import annotations

import pytest

from conftest import messages


def _found(text: str, rule: str) -> list[str]:
    return messages("# Regatta photo service\n\n## Numbers\n\n" + text + "\n", rule)


@pytest.mark.parametrize(
    "text",
    [
        "Boats finish about 40 per race, at 2 photos × 3 MB = 240 MB of uploads.",
        "We expect ~500 orders a day, at 4 items x 2 KB = 4 MB of order rows daily.",
    ],
)
def test_the_count_before_is_a_multiplier_written_before(text: str) -> None:
    assert _found(text, "E002") == []
    slips = _found(text, "E008")
    assert len(slips) == 1 and "written before it" in slips[0]


@pytest.mark.parametrize(
    "text",
    [
        "Boats finish about 40 per race, at 2 photos × 3 MB = 6 MB per boat.",
        "We expect ~500 orders a day, at 4 items x 2 KB = 8 KB per order.",
    ],
)
def test_a_working_that_holds_alone_is_clean(text: str) -> None:
    assert _found(text, "E002") == [] and _found(text, "E008") == []


def test_a_result_no_reading_gives_is_an_error() -> None:
    found = _found("Boats finish about 40 per race, at 2 photos × 3 MB = 900 MB of uploads.", "E002")
    assert len(found) == 1
