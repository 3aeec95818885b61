"""H003: a stored thing named as a record is (row, record, table, stored) and its fields set out in brackets of
any kind in the same sentence; an operation's payload and a list of jobs are no record."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Tide gauges\n\n## Requirements\n\n- Gauges report water levels; people see a chart.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


@pytest.mark.parametrize(
    "laid_out",
    [
        "Every reading is stored as one row of (gauge_id, taken_at, level_cm), nothing more.",
        "on disk each record = [crc 4B | gauge_id 8B | taken_at 8B | level 4B]",
        "Each reading row carries the gauge id, the reading time, the level and a quality flag.",
    ],
)
def test_fields_in_brackets_beside_a_stored_record_are_a_data_model(laid_out: str) -> None:
    assert not _h003(laid_out)


@pytest.mark.parametrize(
    "not_a_record",
    [
        # an operation's payload, though the sentence says it is stored
        "POST /readings stores {gauge_id, taken_at, level_cm} for the chart.",
        # names in brackets with no field among them
        "The readings table is filled by three jobs (ingest, compact, publish).",
    ],
)
def test_brackets_that_hold_no_stored_fields_are_no_data_model(not_a_record: str) -> None:
    assert _h003(not_a_record)
