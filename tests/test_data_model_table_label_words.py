"""H003: tables named after a label with a few words before its colon ("Tables in the database: vehicles, shifts,
positions, road_segments, segment_passes", "Tables roughly: users, teams, team_memberships, invites") are names
without fields, as "The main tables are:" is; fields set out in brackets after such a label are a data model."""

from __future__ import annotations

import pytest
from test_data_model_table_names_listed import _DOC

from conftest import messages


@pytest.mark.parametrize(
    "line",
    [
        "Tables in the database: vehicles, shifts, positions, road_segments, segment_passes, segment_status.",
        "Tables roughly: users, event_participants, teams, team_memberships, invites, submissions, judge_scores.",
    ],
)
def test_table_names_after_a_worded_label_are_no_data_model(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "H003")) == 1


def test_fields_in_brackets_after_the_label_are_a_data_model() -> None:
    line = "Tables in the database: vehicle(vehicle_id, plate, kind), position(vehicle_id, ts, lat, lon, blade_down)."
    assert messages(_DOC.format(line=line), "H003") == []


def test_a_label_that_says_fields_follow_keeps_them() -> None:
    line = "Tables with their columns: vehicle(vehicle_id, plate, kind), position(vehicle_id, ts, lat, lon)."
    assert messages(_DOC.format(line=line), "H003") == []
