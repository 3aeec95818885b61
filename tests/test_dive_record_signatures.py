"""D001: in notes whose sections are bold labels, one that only lays out records as signatures, one an item
("- player(id, ensemble_id, name, section)"), is the data model, whatever its label ("Model", "What we keep"), not a dive; one
whose items reason about one problem still counts."""

from __future__ import annotations

import pytest

from conftest import messages

NOTES = """# Soil sensor dashboard - cheatsheet

**What it does**
- farmers see moisture per field, updated every 15 minutes
- an alert when a field dries past its threshold

**NFRs**
- dashboard loads < 1 s on a phone in the field
- readings never lost: gateways buffer a day on their SD card

**Numbers**
- 4k fields x 6 probes = 24k probes, a reading every 15 min -> ~27 writes/s. nothing

**{title}** (postgres)
{body}

**Alerts** (the only interesting bit)
- fire after two low readings in a row, not one: a single low reading is often a probe settling after rain
- a moving average delayed real alerts by an hour, so we dropped it; two in a row cost fifteen minutes at most
- threshold per field, since clay holds water longer than sand and one number would cry wolf all summer
"""

RECORDS = """- farm(id, name, tz, owner_phone, plan)
- field(id, farm_id, name, crop, soil draft|clay|sand, threshold_pct)
- probe(id, field_id, installed_at, battery_pct, firmware)
- reading(probe_id, taken_at, moisture, temperature) ← one row per 15 min
- alert(id, field_id, raised_at, cleared_at, acknowledged_by nullable)
- threshold_change(field_id, old_pct, new_pct, changed_by, changed_at)"""

REASONED = """- gateways batch readings and may arrive a day late, so each batch marks its hour dirty and the job redoes it
- continuous aggregates would need less code but refresh on a fixed window, which late batches slip past
- so a nightly job it is; the cost is one more thing to run, and a dirty hour waits until the next run"""


@pytest.mark.parametrize("title", ["Model", "What we keep"])
def test_records_as_signatures_are_no_dive(title: str) -> None:
    found = messages(NOTES.format(title=title, body=RECORDS), "D001")
    assert found and "found: 1" in found[0]


def test_a_list_that_reasons_still_counts() -> None:
    assert messages(NOTES.format(title="Rollups", body=REASONED), "D001") == []
