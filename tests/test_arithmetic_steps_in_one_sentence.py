"""E002 on a sentence that runs its steps together: a comma before a figure taken over or times another opens
the next step ("8 hours is 28,800 seconds, 600,000 over 28,800 is about 20 a second"), and a product's value
named after "so" is its result ("5M × 40 KB, so the whole corpus is only about 200 GB")."""

from __future__ import annotations

import pytest

from conftest import arithmetic_slips


def _slips(line: str) -> list[str]:
    return arithmetic_slips(line, "Badge scanning")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The hall is open ten hours, 10 hours is 36,000 seconds, 720,000 over 36,000 is about 200 a second.",
            "The hall is open ten hours, 10 hours is 36,000 seconds, 720,000 over 36,000 is about 20 a second.",
        ),
        (
            "3M badges × 2 KB, so the whole table is only about 600 MB.",
            "3M badges × 2 KB, so the whole table is only about 6 GB.",
        ),
    ],
)
def test_a_step_run_on_in_one_sentence_is_checked(wrong: str, right: str) -> None:
    assert any("10 times" in m for m in _slips(wrong))
    assert _slips(right) == []


def test_a_comma_before_a_figure_with_no_operator_opens_nothing() -> None:
    # "10 hours, 36,000 seconds" restates a span: no step starts after the comma
    assert _slips("Open 10 hours, 36,000 seconds, and 720,000 scans in that time.") == []
