"""R006: parts marked one by one as in or out (a checklist of the scope), a part kept out by the writer, the work
declined in its "-ing" form, a part taken off the table; and the marks and words where nothing is left out."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Bike share\n\n## Requirements\n\nFunctional:\n- Riders unlock a bike with the app.\n- Riders end a ride at a dock.\n\n"
DESIGN = "\n## High-level design\n\nDocks report to a ride service that keeps rides in Postgres.\n"


def _r006(middle: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + middle + "\n" + DESIGN, select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "left_out",
    [
        "unlock + end ride => yes\ne-bikes => no\ngroup rides => no (time)",
        "ride features (✓ = today, ✗ = not)\nunlock ✓\nride history ✗ (v2)",
        "| Feature | Designed here? |\n|---|---|\n| Unlock | Yes |\n| Gift cards | No |",
        "Me: I'd keep payment processing outside this design; a provider tells us paid or not.",
        "Interviewer: Photos of damage?\nMe: I prefer to keep photos out. A report is text.",
        "We are not considering the dock firmware in this design.",
        "Me: Ok, so e-bikes are off the table. I'll start from the app.",
        "Not handling:\ne-bikes, gift cards, group rides.",
    ],
)
def test_a_part_marked_or_kept_out_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "behaviour",
    [
        # marks of one kind only, or a question not yet answered
        "unlock => yes\nend ride => yes",
        "(also confirm: guest rides y/n?)",
        # what the system keeps out, not the write-up
        "We keep stale dock reports out of the cache.",
        # a figure before "only" limits a time, not the scope
        "- edit a ride note -> within 15 min only",
    ],
)
def test_the_same_marks_and_words_where_nothing_is_left_out_are_none(behaviour: str) -> None:
    assert _r006(behaviour)
