"""H003: an estimate that gives a record's size with the fields that make it up, some named in words ("10M x
~120 B (boat_id, member_id, start time, end time)"), lays the record out; a size beside plain words ("5 KB
(thumbnail, preview, meta)") or beside two names only does not, nor a total that is no record's size."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Rowing club bookings\n\n## Requirements\n- book boats\n\n## Estimates\n{}\n\n## Design\nOne web app.\n"


def _h003(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("H003",)))


@pytest.mark.parametrize(
    "line",
    [
        "- storage: 10M x ~120 B (boat_id, member_id, start time, end time) ~ 1.2 GB",
        "- ~150 B (member_id, boat_id, last seen, status) x 2k = 300 KB",
        "- each booking 1,5 KB (booking_id, boat_id, crew list, note)",
    ],
)
def test_a_size_with_the_fields_behind_it_is_a_record(line: str) -> None:
    assert not _h003(line)


@pytest.mark.parametrize(
    "line",
    [
        "- photos: 5 KB (thumbnail, preview, meta) each",  # plain words, no field names
        "- 1 KB (user_id, text) per message",  # two names
        "- 2 GB (boat_id, member_id, starts_at) total",  # no record's size
    ],
)
def test_a_size_beside_words_is_no_record(line: str) -> None:
    assert _h003(line)
