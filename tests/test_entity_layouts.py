"""H003: records laid out the way notes lay them out: an entity, an arrow and its fields, fields side by side in
brackets byte by byte, a speaker's turn naming a table's fields, a record that "carries" its fields in prose."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Tide gauges\n\n## Requirements\n\n- Gauges report water levels; people see a chart.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


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
