"""E002/E007: a per-day count times 365 times a size written with a bare B ("200B") converts the day to a year
by hand once B is read as bytes; the stated yearly total is then compared with that product."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Room booking

## Estimation

Storage: {line}
"""


def _arithmetic(line: str) -> list[str]:
    text = DOC.format(line=line)
    return messages(text, "E002") + messages(text, "E007")


@pytest.mark.parametrize(
    "line",
    [
        "1.6k/day * 365 * ~200B = ~117MB/yr. Keep forever.",
        "2k/day x 365 x 500B = ~365 MB/year.",
        "40k/day * 30 * 1KB = 1.2 GB/month.",
    ],
)
def test_a_right_total_is_no_finding(line: str) -> None:
    assert _arithmetic(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "1.6k/day * 365 * 200B = 400MB/yr.",
        "2k/day x 365 x 500B = ~3.6 GB/year.",
    ],
)
def test_a_wrong_total_is_still_an_error(line: str) -> None:
    assert _arithmetic(line)
