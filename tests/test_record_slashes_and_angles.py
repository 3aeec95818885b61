"""H003: a record's fields set out between spaced slashes after its name ("jobs: job_id (pk) / tenant_id /
run_at / attempts"), or in angle brackets beside the word for a stored thing ("each row on disk: <user_id, seq,
payload bytes, written_at>"), are a data model. Choices between slashes and a request's fields are not."""

from __future__ import annotations

import pytest
from test_told_fields import _h003


@pytest.mark.parametrize(
    "record",
    [
        "queue state\njobs: job_id (pk) / tenant_id / run_at / attempts / last_error\n",
        "each row on disk:\n  <user_id, seq, data bytes, written_at>\n",
    ],
)
def test_fields_between_slashes_or_in_angle_brackets_are_a_record(record: str) -> None:
    assert not _h003(record)


@pytest.mark.parametrize(
    "no_record",
    [
        "travel modes: walk / bike / drive / transit\n",
        "POST /jobs with a body <tenant_id, run_at, payload>\n",
    ],
)
def test_choices_or_a_requests_fields_are_no_record(no_record: str) -> None:
    assert _h003(no_record)
