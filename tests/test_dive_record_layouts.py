"""D001: a section that only lays out a record's fields (a field table, lines of names and types) is the data
model under another title, not a dive; nor is a growth section titled as a statement ("How it will grow")."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Meter readings

## Requirements

- Store a reading from each smart meter every 15 minutes; show a household its last year of use.

## High-level design

Meters -> collector -> queue -> writer -> time-series store; the app reads through a small query service.

## Reading

| field | type | note |
|---|---|---|
| meter_id | string | printed on the meter |
| ts | timestamp | start of the 15 minute slot |
| kwh | decimal | energy in the slot |
| quality | enum | measured, estimated, missing |

## Late readings (the hard part)

A meter that loses its link keeps up to a week of readings and sends them when it is back, so a day's total
can change after it was shown. The writer upserts by (meter_id, ts) and marks the day dirty; a job recomputes
dirty days every hour, and the app shows "estimated" until a day has all 96 slots.

## How it will grow

The first version is one store in one region. More meters mean more partitions on the queue and more writers,
which scale with them; when one store is not enough we shard by meter_id, and a second region gets its own
collectors and store, with the query service asking both.
"""


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


def test_a_field_table_and_a_told_growth_section_are_no_dives() -> None:
    assert _d001(DOC) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_lines_of_names_and_types_are_a_record_layout_too() -> None:
    listed = DOC.replace(
        "| field | type | note |\n|---|---|---|\n| meter_id | string | printed on the meter |\n"
        "| ts | timestamp | start of the 15 minute slot |\n| kwh | decimal | energy in the slot |\n"
        "| quality | enum | measured, estimated, missing |\n",
        "- meter_id (string), ts (timestamp)\n- kwh (decimal), quality (enum)\n- received_at, firmware_version\n",
    )
    assert _d001(listed) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_a_section_that_reasons_beside_its_table_is_a_dive() -> None:
    reasoned = DOC.replace(
        "## How it will grow",
        "## Storage choice\n\nA time-series store over Postgres because readings arrive in order per meter and are\n"
        "read by range; Postgres would need partitioning by month and a vacuum plan for the upserts of late slots.\n\n"
        "## How it will grow",
    )
    assert _d001(reasoned) == []
