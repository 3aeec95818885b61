"""R003: a bound with its approximation abbreviated as second-language writers do ("must show it within ca. 1
minute", "within approx. 2 s") is a latency target, as "within ~1 minute" is. The abbreviation alone, with no bound
before it, sets none."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = "# Feeding plan\n\n## Requirements\n- keepers move feedings on a tablet\n- {}\n\n## Design\nA web app.\n"


def _r003(line: str) -> list[str]:
    return messages(DOC.format(line), "R003")


@pytest.mark.parametrize(
    "line",
    [
        "the website and the hall screens must show a moved feeding within ca. 1 minute",
        "the tablet must confirm a move within approx. 2 s",
        "the screens show it in circa 3 seconds",
    ],
)
def test_an_abbreviated_approximate_bound_is_a_target(line: str) -> None:
    assert _r003(line) == []


def test_the_abbreviation_with_no_bound_sets_none() -> None:
    (message,) = _r003("the screens show ca. 1 feeding per tank")
    assert message.startswith("no latency target")
