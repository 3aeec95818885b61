"""A rate restated per another period after "call it" ("40 GB a day, call it 15 TB a year"): the writer rounds,
and the restated figure is checked like one after "or about" (estimate/prose.py)."""

from __future__ import annotations

from conftest import arithmetic_slips


def restated(line: str) -> list[str]:
    return arithmetic_slips(line, "Photo uploads")


def test_a_rate_called_another_per_period_is_checked() -> None:
    messages = restated("Each upload is about 2 MB, so 20k uploads a day is 40 GB a day, call it 150 TB a year.")
    assert len(messages) == 1 and "14.6 TB a year" in messages[0]


def test_a_rate_called_by_its_rounding_holds() -> None:
    assert restated("- 40 GB a day, call it 15 TB a year") == []
    assert restated("- 40 GB a day, call it 14.6 TB a year") == []


def test_call_it_before_words_states_nothing() -> None:
    assert restated("- 40 GB a day, call it a day for storage") == []
