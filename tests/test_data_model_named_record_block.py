"""H003: a block that opens with a record's name and a brace, then shows the record by example one field a line
("ticket_hold {" over "hold_id: ...", "seat_id: ...") lays out a stored record wherever it stands; keys with no
record named (a config file's, a request body's) still need a data model heading to count."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Concert seat holds

## Requirements
- hold a seat for ten minutes while the fan pays

## API
- `POST /holds` takes a seat id and returns a hold id

## Holding a seat

A hold is written once and expires on its own; the sweeper only cleans up.

```text
{block}
```
"""

RECORD = """ticket_hold {
  hold_id:     "h_82731"
  seat_id:     "A-14"
  fan_id:      90211
  expires_at:  now + 10 min
  state:       held | paid | expired
}"""


def test_a_named_record_shown_by_example_is_a_data_model() -> None:
    assert messages(DOC.format(block=RECORD), "H003") == []


@pytest.mark.parametrize(
    "block",
    [
        # a request's body or reply, named so, in any case
        RECORD.replace("ticket_hold {", "request {"),
        RECORD.replace("ticket_hold {", "HoldRequest {"),
        RECORD.replace("ticket_hold {", "create_hold_response {"),
        # settings named as such
        RECORD.replace("ticket_hold {", "hold_config {"),
        # a config file's keys, no record named
        "hold_policy:\n  max_minutes: 10\n  sweep_every: 30s\n  retry_limit: 3\n  notify_fan: true",
        # a body with no name before its brace
        RECORD.replace("ticket_hold {", "{"),
    ],
)
def test_keys_with_no_record_named_are_no_data_model(block: str) -> None:
    assert messages(DOC.format(block=block), "H003")
