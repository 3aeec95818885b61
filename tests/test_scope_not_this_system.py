"""R006: a label naming what belongs to some other system ("NOT this system: billing-grade exact counts") says
what is left out, as "Not doing:" does."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# View counter

## Requirements

- count views per item; a page load never waits on the counter
- counts may lag up to 10 s and never go backwards
- {line}
"""


def _r006(line: str) -> list[str]:
    return messages(DOC.format(line=line), "R006")


@pytest.mark.parametrize(
    "line",
    [
        "NOT this system: billing-grade exact counts (a separate audited pipeline), unique viewers",
        "not in v1: per-country breakdowns, exports",
        "Not part of this service: fraud filtering of bot views",
    ],
)
def test_a_label_for_another_system_leaves_things_out(line: str) -> None:
    assert _r006(line) == []


def test_the_system_described_leaves_nothing_out() -> None:
    assert _r006("this system: approximate counts shown on the page, batched every 10 s")
