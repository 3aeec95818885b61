"""R004: a share of time given with a decimal comma and a working verb ("alerting must work 99,5 % of the time",
"the booking page runs ca. 99,9 % of the time") is an availability target; a share of requests that works is
not one."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Club booking

## Requirements

- members book a court online
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "alerting must work 99,5 % of the time",
        "the booking page runs ca. 99,9 % of the time, outside the nightly backup",
        "the site is up 99,5 % of the time during the season",
    ],
)
def test_a_share_of_time_with_a_decimal_comma_is_a_target(line: str) -> None:
    assert messages(DOC.format(line=line), "R004") == []


def test_a_share_of_requests_that_works_is_no_target() -> None:
    assert messages(DOC.format(line="the payment step works for 95 % of cards we see"), "R004")
