"""R006: two things set aside in capitals ("NOT order entry, NOT charts") leave them out of scope when the first
opens its line or sentence. In brackets after a design's detail ("hash of (module + function, NOT line no, NOT
addresses)") they say what that detail leaves out, and SQL's "NOT NULL" is a column's constraint: neither is scope."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Crash reports\n\n## Requirements\n- ingest crash reports\n- group them into issues\n\n"
    "## Design\n\nAn ingest service writes to a queue; workers group and store.\n\n"
    "## Grouping\n\n{}\n"
)


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "- default: hash of in-app frames (module + function, NOT line no, NOT addresses), top 5 frames",
        "- fingerprint = module + function, NOT line no, NOT addresses",
        "Rows: created_at timestamptz NOT NULL, seen_at timestamptz NOT NULL.",
    ],
)
def test_capital_nots_inside_a_design_detail_are_no_exclusion(line: str) -> None:
    assert _r006(line)


@pytest.mark.parametrize(
    "line", ["NOT order entry, NOT charts, NOT news.", "We show the status. NOT the ordering side, NOT dispatch."]
)
def test_capital_nots_opening_a_line_or_sentence_leave_parts_out(line: str) -> None:
    assert not _r006(line)
