"""E002/E007: a paragraph of notes is not a sentence wrapped over its lines, and a day may be the hours something
runs when the line names them; a real slip on either stays a slip."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Stream relay\n\n## Requirements\n\n- Viewers watch a live event.\n\n## Estimation\n\n"


def _slips(body: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("E002", "E007"))]


NOTES = """EVENT PEAK
viewers: 2M
avg 5 Mbps -> 2M x 5 Mbps = 10 Tbps egress
10 Tbps / 8 -> 1.25 TB/s
edge box ~100 Gbps -> 10T / 100G = 100 boxes"""


def test_a_figure_ending_a_line_of_notes_is_not_restated_by_the_next_line() -> None:
    assert _slips(NOTES) == []
    # the same lines with a wrong step still give it
    assert _slips(NOTES.replace("= 100 boxes", "= 1,000 boxes")) != []


def test_a_day_that_is_the_hours_something_runs() -> None:
    session = "- session 6.5h = 23,400 s; avg ~200k/s -> 4.68B trades/day"
    assert _slips(session) == []
    # a result neither a full day nor the session gives is a slip
    assert _slips(session.replace("4.68B", "9B")) != []
    # with no span on the line, the day is 24 hours
    assert _slips("- avg ~200k/s -> 4.68B trades/day") != []
