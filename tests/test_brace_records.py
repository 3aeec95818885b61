"""H003: a record written as notes write one, its name, a sign and its fields in braces ("ride = {ride_id,
rider_id, bike_id, started_at}"), and a record that "is just" its fields, wrapped over lines. A request's or a
response's fields in braces, and a set of plain words, are no record."""

from __future__ import annotations

import pytest
from test_told_fields import _h003


@pytest.mark.parametrize(
    "record",
    [
        "Storage\nRides in Postgres. ride = {ride_id, rider_id, bike_id, docks[] (start, end), started_at}",
        "STORE → DynamoDB\n  PK ride_id (uuid) → { rider_id, bike_id, started_at, ended_at }",
        "docks tbl → { dock_id, station_id, capacity, lat, lng }\nbikes → redis set per dock",
        "What we keep is small. A ride record is just ride_id,\nrider_id, bike_id, the start dock and the time it began.",
    ],
)
def test_fields_in_braces_or_a_record_that_is_just_its_fields_are_a_data_model(record: str) -> None:
    assert not _h003(record)


@pytest.mark.parametrize(
    "not_record",
    [
        "api\nPOST /v1/rides body: { bike_id, dock_id, rider_token }\nresp → { ride_id, started_at, price_cents }",
        "colours = {red, green, blue, grey} for the dock lights",
        "The app is just a map, a scanner and a wallet.",
    ],
)
def test_a_request_in_braces_or_plain_words_are_none(not_record: str) -> None:
    assert _h003(not_record)
