"""H003: calls written as signatures under the API's title ("validate(pass_uid, gate_id, ts) -> {allow,
reason_code}") are what the API takes and returns, not a stored record; a record's fields with its index
("scan(id, pass_uid, ts) -> idx (pass_uid, ts)") are still a data model."""

from __future__ import annotations

from conftest import messages

DOC = """# Ski lift gates

Functional
- a skier taps a pass at a gate; the gate opens if the pass is valid for that lift and day
- out of scope: selling passes

APIs (gate side)
validate(pass_uid, gate_id, ts) -> {allow, reason_code, points_left}
block_pass(pass_uid, reason) -> ok, fans out to the gates as a delta
{storage}
High level
gate box (local pass cache) -> central validation service -> Postgres (passes, scans)
"""


def _h003(storage: str = "") -> list[str]:
    return messages(DOC.replace("{storage}", storage), "H003")


def test_signatures_under_the_api_are_no_data_model() -> None:
    assert _h003()


def test_a_record_with_its_index_still_is() -> None:
    storage = "\nStorage\nscan(id, pass_uid, gate_id, ts) -> idx (pass_uid, ts)\npass(uid pk, type, valid_from, valid_to)\n"
    assert _h003(storage) == []
