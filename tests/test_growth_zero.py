"""D006: a threshold passed is growth ("once the table hits 50M rows"), but a count of none is no threshold: "if the
update hits 0 rows, someone else moved it first" is a write that lost a race."""

from __future__ import annotations

from test_growth_bounds import _d006


def test_a_write_that_hits_no_rows_grows_nothing() -> None:
    assert _d006("Each change is one update guarded by version; if the update hits 0 rows we return 409.")


def test_a_table_that_hits_a_size_grows() -> None:
    assert not _d006("Once the orders table hits 50M rows we partition it by month.")
