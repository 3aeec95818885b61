"""H003: a record laid out as notes lay it out: a key and the fields its value holds ("gauge:{id} hash -> a, b,
c", a note on the store or the key, the value in brackets), an entity, an arrow and its fields, a row of fields
with a comment after it, byte layouts in brackets, a table's fields in a speaker's turn, a record that "carries"
its fields, a store told by its key ("partition=gauge_id, clustering=taken_at", "keyed by (a, b)"); and arrows that are
flows or replies, tags in brackets and a store sharded or counted, which lay out nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Tide gauges\n\n## Requirements\n\n- Gauges report water levels; people see a chart.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


@pytest.mark.parametrize(
    "laid_out",
    [
        "gauge state (redis)\ngauge:{id} hash -> station_id, last_level, last_seen, battery",
        "latest: gauge_id (8B) -> level_cm, taken_at, quality_flag",
        "queue (per-station): station -> [gauge_id, due_at, attempts]",
        "readings\nreadings: gauge_id, taken_at, level_cm  -- compressed in 2h blocks",
    ],
)
def test_a_key_and_its_value_fields_are_a_data_model(laid_out: str) -> None:
    assert not _h003(laid_out)


@pytest.mark.parametrize(
    "flow",
    [
        "gauge -> lora_gateway, ingest, chart",
        "GET /gauges/{id} -> level_cm, taken_at, quality_flag",
    ],
)
def test_arrows_to_parts_or_from_an_endpoint_are_no_data_model(flow: str) -> None:
    assert _h003(flow)



@pytest.mark.parametrize(
    "laid_out",
    [
        "gauge -> {gauge_id, station_id, lat, lng, installed_at}\nmeta in PG",
        "gauge registry -> gauge_id, owner, model, last_seen",
        "on disk record\n[key_len][key][val_len][val][ts]",
        "Interviewer: and the gauges?\nMe: gauges table in Postgres: gauge_id, station, region, created_at.",
        "Each reading carries a gauge_id, the station_id, the level and a taken_at time.",
    ],
)
def test_a_record_laid_out_as_notes_write_it_is_a_data_model(laid_out: str) -> None:
    assert not _h003(laid_out)


@pytest.mark.parametrize(
    "flow",
    [
        "gauge -> lora gateway, ingest, chart",
        "[draft] [wip] [v2]",
    ],
)
def test_a_flow_and_a_few_tags_are_no_data_model(flow: str) -> None:
    assert _h003(flow)


@pytest.mark.parametrize(
    "keyed",
    [
        "Readings go to Cassandra with partition=gauge_id, clustering=taken_at.",
        "Readings are stored in Cassandra, partition key gauge_id, clustering key taken_at.",
        # a composite partition key in brackets
        "- history: cassandra\n  partition (gauge_id, day_bucket), clustering reading_id",
        "A readings table keyed by (gauge_id, taken_at).",
        "Gauges are sharded by region, with an index table on (station_id, installed_at).",
        "The readings table is partitioned by gauge_id and clustered by a time-ordered reading_id.",
        "Me: dynamo, key is gauge_id, value is {station, last_level, battery_pct}",
        # a field marked optional, as notes and TypeScript mark it
        "gauge: id(8ch) | station_id | last_level | battery_pct | retired_at?",
    ],
)
def test_a_store_told_by_its_key_is_a_data_model(keyed: str) -> None:
    assert not _h003(keyed)


@pytest.mark.parametrize(
    "unkeyed",
    [
        "Readings are sharded by (gauge_id, region).",
        "The partition count is 12, sort order by time.",
        "Kafka topic: partition (gauge_id, region), ordering kept per key",
    ],
)
def test_a_store_split_or_counted_is_no_data_model(unkeyed: str) -> None:
    assert _h003(unkeyed)
