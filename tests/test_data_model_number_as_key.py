"""H003: a record's fields in plain words whose identifier is a number or a reference rather than an "id" ("the
record for a pair is just: tag number, size, type, status and the date it was last sharpened") are a data model; a
record's size among the words is no field ("a payment record with session, audit info, processor reference, maybe
1 KB" names three), and fields with no identifier at all stay a description."""

from __future__ import annotations

import pytest
from test_checks_highlevel import _lint


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (
            "The record for a pair is just: tag number, size, type (hockey or figure), status, and the last service date.",
            True,
        ),
        ("Each booking is a record with a booking reference, the guest, the hut, the night and a deposit flag.", True),
        ("A payment record with session, audit info, processor reference, maybe 1 KB.", False),
        ("A record with a name, a colour, a size and a shape.", False),
    ],
)
def test_a_record_keyed_by_a_number_is_a_data_model(body: str, fields: bool) -> None:
    assert (_lint(body, "H003") == []) is fields
