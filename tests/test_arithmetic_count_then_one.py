"""E002: a count a second whose sentence ends on a remark ("4,000 pings a second, which is what we see at 8 a.m.
on a Monday"), then the size of one in the next ("A ping on the wire, with TLS overhead, is about 300 bytes, so
ingress is around 1.2 MB/s"), is the count times the size. A total over another period was worked from another
count ("580 bookings per second. A booking row is about 1 KB, so 5 GB a day") and is left alone."""

from __future__ import annotations

import pytest

from conftest import messages

VANS = (
    "If every van moved at once, that's 20,000 / 5 = 4,000 pings a second, which is what we see at 8 a.m. on a "
    "Monday. A ping on the wire, with TLS overhead, is about 300 bytes, so ingress is around {total}."
)


def _e002(text: str) -> list[str]:
    return messages("# Van tracking\n\n## Estimation\n\n" + text + "\n", "E002")


def test_a_wrong_total_is_an_error() -> None:
    found = _e002(VANS.format(total="12 MB/s"))
    assert len(found) == 1 and "1.2 MB/s" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        VANS.format(total="1.2 MB/s"),
        "5M bookings a day is about 58 bookings per second. A booking row is about 1 KB, so 5 GB a day.",
    ],
)
def test_a_right_total_or_another_period_is_none(text: str) -> None:
    assert _e002(text) == []
