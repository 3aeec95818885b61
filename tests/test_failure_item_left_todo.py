"""D005: a line of notes that marks only its own item unfinished ("alerting on lag: todo") leaves the lines beside it
said; a paragraph opened by such a mark ("failures: tbd") or a line that is itself unfinished is still unsaid."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Order events

## Requirements
- Services publish order events; consumers read them in order per order id.

## Design
producers -> kafka (3 brokers, rf=3) -> consumers -> postgres

## Deep dive: failures
{notes}
"""


def _d005(notes: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(notes=notes), select=("D005",))]


def test_an_item_left_unfinished_leaves_its_neighbours_said() -> None:
    notes = (
        "broker down -> producers buffer on local disk, retry with backoff\n"
        "consumer crash -> group rebalances, resumes from the committed offset\n"
        "alerting on lag: todo"
    )
    assert _d005(notes) == []


@pytest.mark.parametrize(
    "notes",
    [
        "failures: tbd\nmaybe a second broker, maybe retries",
        "broker down -> todo, ran out of time\nconsumer crash -> todo",
    ],
)
def test_a_part_left_unfinished_is_unsaid(notes: str) -> None:
    assert _d005(notes) == ["D005"]
