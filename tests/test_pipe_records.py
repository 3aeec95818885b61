"""H003: a record written as a cheat sheet sets one out, its name, a sign and its fields between pipes ("docks ->
dock_id | station_id | capacity | lat | lng"). A Markdown table's row, a handful of choices between pipes and a
request's fields are no record."""

from __future__ import annotations

import pytest
from test_told_fields import _h003


@pytest.mark.parametrize(
    "record",
    [
        "STORAGE\ndocks -> dock_id | station_id | capacity | lat | lng\nrides -> ride_id (PK) | rider_id | bike_id | ts",
        "events → bike_id + ts (PK) | lat | lng | battery_pct",
        "- wal entry = seq_no | key_len | key | value | tombstone",
    ],
)
def test_fields_between_pipes_after_a_record_name_are_a_data_model(record: str) -> None:
    assert not _h003(record)


@pytest.mark.parametrize(
    "not_record",
    [
        "ride states: requested | matched | riding | ended | cancelled",
        "api\nPOST /v1/rides body -> bike_id | dock_id | rider_token | promo_code",
        "travel mode -> walk | bike | scooter | bus",
    ],
)
def test_choices_and_requests_between_pipes_are_no_data_model(not_record: str) -> None:
    assert _h003(not_record)
