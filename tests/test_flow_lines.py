"""H005: notes that draw the high-level design as lines of arrows, one hop or a few a line, each led by the part
that acts. A mapping to values or an endpoint and its answer, set out the same way, draws nothing."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Newsletter sends\n\n## Requirements\n\n- Editors schedule a send; readers get it.\n\n"

HOPS = """HLD
editor app -> writes issue + schedule
scheduler: polls due issues -> puts send jobs on a queue
send workers: render each reader's copy -> hand it to the mail relay
bounces handler -> marks dead addresses
"""


def _h005(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body, select=("H005",))] == ["H005"]


def test_lines_of_hops_under_the_design_draw_it() -> None:
    assert not _h005(HOPS)
    # two such lines are a note, not a drawing
    assert _h005("\n".join(HOPS.split("\n")[:3]) + "\n")


def test_values_and_endpoints_after_arrows_draw_nothing() -> None:
    values = (
        "HLD\nThe send counts per plan:\n- free -> 2 sends a month\n- pro -> 30 sends a month\n- team -> 100 sends\n"
    )
    assert _h005(values)
    endpoints = (
        "HLD\n- `POST /issues {title}` -> issue_id\n- `POST /sends {issue_id}` -> send_id\n"
        "- `GET /sends/{id}` -> status\n"
    )
    assert _h005(endpoints)
