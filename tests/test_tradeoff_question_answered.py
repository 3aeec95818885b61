"""D004: two ways put as a question ("At write time or at read time?") and answered in the rest of the paragraph
with a pick ("so I take write time") weigh a choice, as "X vs Y" beside a pick does. The question alone, with no
answer after it, weighs nothing."""

from __future__ import annotations

from conftest import messages

DOC = """# Trail conditions

## Requirements

- Hikers report a trail's condition with a photo; others see the current status on a map.

## High-level design

App -> API -> Postgres (reports, trails) and object storage (photos). A worker recomputes a trail's status.

## Deep dive: the current status

One report is not the truth: snow reported two weeks ago says little today. {paragraph}
"""

ANSWERED = (
    "When to work it out? At write time or at read time? At read time it is always fresh, but every map view "
    "loads many reports per trail. At write time the read is one column. Reads far outnumber writes, so I take "
    "write time."
)


def _d004(paragraph: str) -> list[str]:
    return messages(DOC.format(paragraph=paragraph), "D004")


def test_a_question_of_two_ways_answered_with_a_pick_weighs_a_choice() -> None:
    assert _d004(ANSWERED) == []


def test_the_question_alone_weighs_nothing() -> None:
    assert _d004("When to work it out? At write time or at read time? The worker runs after every report.")
