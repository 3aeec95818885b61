"""H003: tables named after a label for them ("The main tables are: complaint, case, source_location, case_note,
audit_log") are entities without their fields, however many of the names are written in snake_case; fields
named in a sentence after the table ("complaint has complaint_id, case_id, created_at") are a data model."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Noise complaints

## Requirements

- report noise with a location
- group reports into cases

## Data

{line}

```
app -> api -> postgres
```
"""


def test_table_names_after_a_label_are_no_data_model() -> None:
    line = "The main tables are: complaint, case, source_location, assignment, case_note, permit_cache, audit_log."
    found = messages(_DOC.format(line=line), "H003")
    assert len(found) == 1 and "no fields" in found[0]


@pytest.mark.parametrize(
    "line",
    [
        "The complaint table has complaint_id, case_id, source_location, created_at and status.",
        "Tables: complaint(complaint_id, case_id, created_at), case(case_id, opened_at, status).",
    ],
)
def test_fields_in_a_sentence_are_a_data_model(line: str) -> None:
    assert messages(_DOC.format(line=line), "H003") == []
