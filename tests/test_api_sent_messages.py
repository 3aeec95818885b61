"""H001: a message sent with its payload, in a code span after the verb that sends it ("Panel sends `ring {building,
unit}` over its socket", "App sends `unlock {call_id}` to the access service"), is an operation with its inputs.
A record's fields in braces that nothing sends ("The config holds `limits {rate, burst}`") is none."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Building intercom

## Requirements

- ring a flat from the door panel
- answer on the phone and unlock the door

## Design

{line}

```
panel -> signaling -> push -> phone
```
"""


@pytest.mark.parametrize(
    "line",
    [
        "The panel sends `ring {building, unit}` over its socket.",
        "The app sends `unlock {call_id}` to the access service over HTTPS.",
    ],
)
def test_a_message_sent_with_its_payload_is_an_operation(line: str) -> None:
    assert messages(_DOC.format(line=line), "H001") == []


def test_braced_fields_nothing_sends_are_no_operation() -> None:
    assert len(messages(_DOC.format(line="The config holds `limits {rate, burst}` per tenant."), "H001")) == 1
