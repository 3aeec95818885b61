"""H003: a stored row's fields told in words with what the row is kept for between ("the row per gauge holds the
gauge id, ..."); the same words over things that are no fields."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Tide gauges\n\n## Requirements\n\n- Gauges report water levels; people see a chart.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


def test_a_row_kept_per_thing_and_its_fields_in_words_are_a_data_model() -> None:
    told = (
        "The status row per gauge holds the gauge id, the firmware version in use, the state (live, stale, "
        "retired), the owner and the last reading time."
    )
    assert not _h003(told)
    # a row per gauge that holds a single thing lays out no record
    assert _h003("The status row per gauge holds whatever the last reading said, nothing more.")
