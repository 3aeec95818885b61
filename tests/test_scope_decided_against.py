"""R006: a part considered and turned down ("I thought about a camera and stock counting, and decided against it"),
or a problem the system is said not to solve ("I don't pretend the system solves it"), sets that part out of the
design. Deciding something for the design ("decided on a static page") excludes nothing."""

from __future__ import annotations

import pytest

from conftest import messages

_POST = """# How I built an honesty box that takes card payments

## What it has to do

- show prices on a page behind a QR code
- take a card payment for what you took
- let Mum change prices

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "I briefly thought about a camera and stock counting, and decided against it.",
        "Someone takes three jars and pays for one. I don't pretend the system solves that.",
    ],
)
def test_a_part_turned_down_is_an_exclusion(line: str) -> None:
    assert messages(_POST.format(line=line), "R006") == []


def test_deciding_for_something_excludes_nothing() -> None:
    assert len(messages(_POST.format(line="I decided on a static page and a hosted checkout."), "R006")) == 1
