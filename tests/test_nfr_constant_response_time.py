"""R002: a response time kept the same for every answer ("constant response time so the lookup isn't visible
through timing") defends against timing attacks; it asks for no speed, so it is no latency stance."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Password reset

## Requirements

- a user asks for a reset link by email; the link works once
- out of scope: SMS reset

## Non-functional

- security is the whole point: tokens unguessable, stored hashed, rate limited
- available 99.9%: if reset is down people are locked out

## Deep dive: enumeration

- {line}
"""


def _r002(line: str) -> list[str]:
    return messages(DOC.format(line=line), "R002")


@pytest.mark.parametrize(
    "line",
    [
        "constant response time on the request endpoint: look the user up and enqueue the mail async",
        "the same response time whether or not the account exists, so nothing leaks through timing",
        "pad the response time so an attacker can't enumerate accounts",
    ],
)
def test_a_response_time_kept_even_is_no_latency_stance(line: str) -> None:
    assert _r002(line)


def test_a_response_time_asked_for_speed_still_is() -> None:
    assert _r002("response time of the request endpoint stays low even at the Monday peak") == []
