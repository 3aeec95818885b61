"""R001: a writer who says the feature list was left out ("skipping the reqs list today") has listed none, whatever
the opening's sentences ask; and a quality asked in the first sections ("nobody should be able to edit an entry")
or a figure's working ("we must keep 7 years") asks for no feature, while a feature asked there is told."""

from __future__ import annotations

from conftest import lint_string

NOTES = """recipe scaler - 30 min mock

skipping the reqs list today, wanted the time for the unit conversion part. assume we get a recipe store we can call.

##NFR
- scaling a recipe answers < 200ms p95
- 99.9% for reads

##Numbers
- 2M recipes, ~40 ingredients each => 80M ingredient rows
"""


def _r001(text: str) -> list[str]:
    return [f.variant for f in lint_string(text, select=("R001",))]


def test_a_feature_list_said_to_be_skipped_is_none() -> None:
    assert _r001(NOTES) == ["none"]


def test_a_list_given_after_all_is_counted() -> None:
    listed = NOTES.replace("##NFR", "##FR\n- scale a recipe to n servings\n- convert units\n- save a scaled copy\n\n##NFR")
    assert "none" not in _r001(listed)


ESSAY = """# Ledger of changes - my design exercise

Background: an auditor once asked who changed a customer's limit and what it was before, and nobody could say.

## What we need from the system (non-functional)

- Tamper evidence: nobody, not even an admin, should be able to change or delete an entry.
- Availability 99.95% for writes.

## Numbers

- 20M changes a day x 1 KB = 20 GB a day; we must keep 7 years, so about 51 TB.

## Architecture

Services -> outbox -> Kafka -> ledger writer -> append-only store with hash chain.
"""


def test_a_quality_or_a_working_in_the_first_sections_asks_no_feature() -> None:
    assert _r001(ESSAY) == ["none"]


def test_a_feature_asked_in_the_opening_is_told_not_listed() -> None:
    asked = ESSAY.replace(
        "and nobody could say.", "and nobody could say. Auditors must be able to look up every change to a record."
    )
    assert _r001(asked) == ["told"]


def test_the_skip_said_the_other_way_round_is_none_too() -> None:
    turned = NOTES.replace("skipping the reqs list today", "The requirements I skip, they are the usual ones")
    assert _r001(turned) == ["none"]


NOTES_WITH_TABLES = """slot booking -- notes

##Numbers
80k orders/day, 120 stores => ~670 orders/store/day

##Tables
slots:  slot_id, store_id, start_ts, capacity, booked
holds:  hold_id, slot_id, user_id, expires_at, status
"""


def test_a_record_laid_out_in_the_first_sections_asks_no_feature() -> None:
    found = [f.message for f in lint_string(NOTES_WITH_TABLES, select=("S001",))]
    assert "no requirements and scope step: add a section for it" in found


BLOG = """# Object storage at home

**What I'm promising**

Eleven nines of durability a year, 99.9% availability for reads, and reads that feel fast from the office.

**Three copies or erasure coding?**

Three copies are simple, but triple the disks. With 6 data and 3 parity fragments you can lose any three drives
and still read the object, for half the disk of three copies; you can spread the nine fragments over three zones.
"""


def test_you_in_an_essays_reasoning_asks_no_feature() -> None:
    assert _r001(BLOG) == ["none"]


def test_a_bold_heading_over_paragraphs_that_tell_the_features_is_a_list_told_in_prose() -> None:
    told = BLOG.replace(
        "**What I'm promising**\n",
        "**What the thing has to do**\n\nIt stores an object under a key a client picks. It returns the object"
        " for that key, lists the keys under a prefix, and deletes an object when its owner asks, whatever its"
        " size, from a few bytes to a few gigabytes.\n\n**What I'm promising**\n",
    )
    assert _r001(told) == []
