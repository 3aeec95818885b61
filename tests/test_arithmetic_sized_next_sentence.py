"""E002: a count ends a sentence and the next opens with the size of what each carries under another name
("5.4 billion deliveries a second. At roughly 100 bytes a message, that's 54 GB/s"): the count times the size.
A count a second is checked only against a total a second."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Live chat fan-out

## Estimation

Every message goes to every viewer, so that is {count}. At roughly 100 bytes a message on the wire, {total}.
"""


def _e002(count: str, total: str) -> list[str]:
    return messages(DOC.format(count=count, total=total), "E002")


@pytest.mark.parametrize(
    ("count", "total"),
    [
        ("5.4 billion deliveries a second", "that's 54 GB/s of egress"),
        ("2 million pushes a day", "that's about 2 GB a day"),
        ("300k notifications per second", "that is 3 MB/s"),
    ],
)
def test_a_wrong_total_is_an_error(count: str, total: str) -> None:
    assert _e002(count, total)


@pytest.mark.parametrize(
    ("count", "total"),
    [
        ("5.4 billion deliveries a second", "that's 540 GB/s of egress"),
        ("2 million pushes a day", "that's about 200 MB a day"),
        # a total for another span than the count's is not this product
        ("40,000 frames per second", "the daily volume is about 740 GB"),
    ],
)
def test_a_right_or_unpaired_total_is_none(count: str, total: str) -> None:
    assert _e002(count, total) == []
