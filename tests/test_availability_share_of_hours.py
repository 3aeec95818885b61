"""R004 on prose: up a share of the hours it is needed in ("the scale house has to be up 99.5% of opening hours",
"available 99% of market days") is an availability target, and in prose it stands for the requirements step; the
same share of something else ("99.5% of lorries weigh in under a minute") is none."""

from __future__ import annotations

import pytest

from conftest import lint_string

POST = """# Weighing lorries without the internet

A quarry asked me to replace the paper tickets at its weighbridge. {target}

**How it works**

The scale house runs a small app on a local box that prints the ticket and keeps a copy; it syncs to the office
every fifteen minutes when the line is up, and the office keeps tickets for three years.
"""


def _r004(target: str) -> list[tuple[str, str]]:
    found = lint_string(POST.format(target=target), select=("S001", "R004"))
    return [(f.rule_id, f.variant) for f in found if f.variant != "deep-dive"]


@pytest.mark.parametrize(
    "target",
    [
        "We decided the scale house has to be up 99.5% of opening hours, and it must not depend on the line.",
        "The weighbridge must be available 99% of market days; a lost day backs lorries onto the road.",
    ],
)
def test_up_a_share_of_the_hours_is_an_availability_target(target: str) -> None:
    assert _r004(target) == []


def test_a_share_of_something_else_is_no_target() -> None:
    assert _r004("Nearly all lorries, 99.5% of them, weigh in under a minute.") == [("S001", "requirements")]
