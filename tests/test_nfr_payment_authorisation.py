"""R002: a card payment's authorisation ("auth decision p99 < 400ms", "authorise the charge") is a step of the
product, not a security ask; signing people in and checking what they may do still is."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Fleet fuel cards

## Requirements

- drivers pay for fuel with a company card; the fleet manager sets daily limits per card
- out of scope: invoicing

## Non-functional

- {line}
- limits exact: two pumps at once can't blow the daily cap, so strongly consistent counters
"""


def _r002(line: str) -> list[str]:
    return messages(DOC.format(line=line), "R002")


@pytest.mark.parametrize(
    "line",
    [
        "card auth decision p99 < 400ms on our side",
        "we authorise the charge within 400 ms at p99, the pump gives up after 2 s",
        "pre-auth hold answered within 400 ms at p99",
    ],
)
def test_a_payments_authorisation_is_no_security_ask(line: str) -> None:
    assert _r002(line)


def test_signing_in_is_still_one() -> None:
    assert _r002("answers within 400 ms at p99; only authenticated fleet managers can change a limit") == []
