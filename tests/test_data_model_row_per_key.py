"""H003: a store told by the rows it keeps, one for each value of the key's fields ("a ledger, one row per (user,
challenge, day), upserted with GREATEST"), names a record and its key, as "keyed by (video_id, ts)" does. One
thing per bracketed pair that is no stored row ("one worker per (region, shard)", "one fee per (user, day)") is
no data model."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Step challenge\n\n## Requirements\n- users join step challenges\n\n"
    "## Design\n\nPhones post daily totals to an ingest API; a job ranks users in Redis.\n\n## Idempotency\n\n{}\n"
)


def _h003(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("H003",)))


@pytest.mark.parametrize(
    "text",
    [
        "The backend keeps a ledger, one row per (user, challenge, day), upserted with GREATEST(existing, new).",
        "Votes are one record per (poll, voter), so a second vote overwrites the first.",
        "Monthly usage is one document per (tenant_id, month) in the usage collection.",
    ],
)
def test_rows_kept_one_per_key_name_a_record(text: str) -> None:
    assert not _h003(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is one worker per (region, shard) pair.",
        "We charge one fee per (user, day).",
        "The backend keeps a ledger.",
    ],
)
def test_one_thing_per_pair_that_is_no_row_names_none(text: str) -> None:
    assert _h003(text)
