"""H003: the fields a request, a response or a message carries, under the API's title beside its endpoints
("POST /v1/rides  body: {pickup_lat, pickup_lng}"), are the API's, not a stored record. A table keyed there, or a
section titled for the data too, still lays out the data model."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Bike share

## Requirements

- Riders unlock a bike at a dock and return it at any dock; the app shows free bikes per dock.

## API

```
POST /v1/rides
  body: { dock_id, bike_id, rider_id }
  -> { ride_id, unlocked_at, status }

GET /v1/docks/{dock_id}
  -> { dock_id, free_bikes, free_slots, updated_at }
```

## High-level design

App -> API gateway -> ride service -> Postgres; docks report their state every 30 s to a dock service.
"""


def _h003(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("H003",))]


def test_payloads_beside_endpoints_are_no_data_model() -> None:
    assert _h003(DOC) == ["H003"]


def test_a_message_protocol_under_the_api_title_is_no_data_model() -> None:
    messages = DOC.replace(
        "POST /v1/rides\n  body: { dock_id, bike_id, rider_id }\n",
        "GET /v1/rides/{ride_id}\nclient -> srv\n  UNLOCK {dock_id, bike_id, rider_id}\n",
    )
    assert _h003(messages) == ["H003"]


def test_a_table_keyed_under_the_api_title_is_still_a_data_model() -> None:
    keyed = DOC.replace("```\n\n## High", "\nrides: ride_id PK, rider_id, bike_id, started_at, ended_at\n```\n\n## High")
    assert _h003(keyed) == []


def test_the_same_block_under_a_title_naming_the_data_is_a_data_model() -> None:
    assert _h003(DOC.replace("## API\n", "## API and records\n")) == []
