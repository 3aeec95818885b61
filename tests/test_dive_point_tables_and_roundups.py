"""D001: failure handling gathered for the parts not dived into ("Reliability of the rest", "When things break",
"Operational notes") is no second dive, written as a list of points or as a table with a short row per failure; a
table whose rows reason at length, or a roundup title over prose about one thing, still counts."""

from __future__ import annotations

import pytest
from test_dive_point_list_titles_more import DOC, POINTS

from conftest import messages

TABLE = """| What breaks | What the farmer sees |
|---|---|
| Gateway offline | readings arrive late in one batch; the rollup job redoes the hour |
| Postgres primary dies | the replica is promoted in about a minute; gateways retry their batches |
| Email provider down | the alert stays in the app; email retried three times, then dropped |"""

LONG_ROWS = "\n".join(
    [
        "| Case | Reasoning |",
        "|---|---|",
        "| Late batches | " + " ".join(["A late batch marks its hour dirty and the next run redoes it from raw rows;"] * 4) + " |",
        "| Duplicates | " + " ".join(["A batch sent twice carries the same sequence numbers, so the insert skips it;"] * 4) + " |",
    ]
)


@pytest.mark.parametrize(
    ("title", "body"),
    [("When things break", TABLE), ("Reliability of the rest", POINTS), ("Operational notes", POINTS)],
)
def test_a_failure_roundup_is_no_second_dive(title: str, body: str) -> None:
    found = messages(DOC.format(title=title, body=body), "D001")
    assert found and "found: 1" in found[0]


def test_a_table_of_long_rows_still_counts() -> None:
    assert messages(DOC.format(title="When things break", body=LONG_ROWS), "D001") == []
