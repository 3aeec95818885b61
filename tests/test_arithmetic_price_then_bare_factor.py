"""E002: a price per size given first, then its figure alone as a factor ("CDN @ $0.02/GB → 75 TB × 0.02 =
~$150/day"), multiplies by that price; C002 still knows the figure was given."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Dataset downloads

## Numbers

- 2.5M downloads/day x 30 MB = 75 TB/day egress
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "CDN @ $0.02/GB → 75 TB × 0.02 = ~$150/day. fine",
        "egress at $0.09/GB: 10 TB x 0.09 = $90",
        # two prices on one line, each repeated by its own factor
        "egress @ $0.02/GB: 10 TB x 0.02 = $200; storage @ $0.05/GB: 4 TB x 0.05 = $20",
    ],
)
def test_a_wrong_total_is_an_error(line: str) -> None:
    assert messages(DOC.format(line=line), "E002")


@pytest.mark.parametrize(
    "line",
    [
        "CDN @ $0.02/GB → 75 TB × 0.02 = ~$1,500/day. fine",
        "egress at $0.09/GB: 10 TB x 0.09 = $900",
    ],
)
def test_a_right_total_is_none_and_the_price_is_given(line: str) -> None:
    text = DOC.format(line=line)
    assert messages(text, "E002") == []
    assert not any("0.0" in message for message in messages(text, "C002"))
