"""H003: fields said after the word for the record and a colon or a dash ("riders table in Postgres - rider_id,
display_name, city", "The trip record is plain: trip_id, rider, fare and a rating") are a data model; words
after a table that are no fields, and a response's fields, are not."""

from __future__ import annotations

import pytest
from test_told_fields import _h003


@pytest.mark.parametrize(
    "record",
    [
        "Me: not in the cache. riders table in Postgres - rider_id, display_name, city, rating, banned flag.\n",
        "The trip record is plain: trip_id, rider, driver, fare and a rating we fill in later.\n",
    ],
)
def test_fields_after_the_record_and_a_colon_or_dash_are_a_data_model(record: str) -> None:
    assert not _h003(record)


@pytest.mark.parametrize(
    "no_record",
    [
        "The results table - sorted by score, paged, cached for a minute.\n",
        "POST /trips returns a row - trip_id, status, eta_seconds.\n",
    ],
)
def test_other_words_after_a_table_or_a_responses_fields_are_not(no_record: str) -> None:
    assert _h003(no_record)
