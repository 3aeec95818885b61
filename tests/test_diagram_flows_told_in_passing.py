"""H005: a flow told in passing draws the design, as annotators read it: after a label with an apostrophe, also where
a sentence comes before it ("I never drew it. In my head it's: web/app → API → Postgres"), or as a long chain on a
line that says it is drawn or would be ("I didn't draw a single box, but committee app → API → scoring → snapshot
→ CDN takes thirty seconds to draw"). A long chain of nested names with no word of drawing ("the structure diocese
→ unit → parish → building → room") and the states of a machine ("the state machine (draft → submitted → under
review → decided)") draw none."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Sailing results

## Requirements

- the committee enters finishes; sailors see standings within a minute

## Design

Scores are recomputed from the finishes after each race and published as a snapshot.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "In my head it's: committee app → API → Postgres, and a publisher job beside it.",
        "- I never drew it properly, the tool lagged. In my head it's: committee app → API → Postgres, plus a job.",
        "- I didn't draw a single box, but committee app → API → scorer → snapshot → CDN takes a minute to draw.",
    ],
)
def test_a_flow_told_in_passing_is_a_diagram(line: str) -> None:
    assert messages(_DOC.format(line=line), "H005") == []


@pytest.mark.parametrize(
    "line",
    [
        "Clubs follow the structure association → region → club → fleet → boat, and results roll up the same way.",
        "I never drew the results model; a better answer would show the race state machine (scheduled → started → "
        "finished → protested → final).",
    ],
)
def test_nested_names_or_states_draw_nothing(line: str) -> None:
    assert len(messages(_DOC.format(line=line), "H005")) == 1
