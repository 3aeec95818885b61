"""H003: a field's type written in capitals the way DDL and PostGIS write one ("geom POINT", "id UUID")."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Bird sightings\n\n## Requirements\n\n- Log a sighting; see sightings on a map.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


def test_a_record_with_capital_types_is_a_data_model() -> None:
    assert not _h003("Table `sighting(id UUID, species, count, geom POINT, seen)`, indexed on geom.")


def test_capital_words_alone_make_no_record() -> None:
    # entities in capitals, and a call, are no record's fields
    assert _h003("Boxes: `API, DB, CDN` behind one load balancer.")
