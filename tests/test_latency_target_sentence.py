"""R003: a long turn of a transcript asks for several qualities; a figure given for one of them ("99.99%, which is
about 52 minutes a year") is no latency target for "latency" named sentences later. A figure in the sentence that
names latency, or in the one right after it, still is."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Wallet

## Requirements

Interviewer: What matters beyond the features?

Me: {turn}

## High-level design
app -> api -> ledger service -> postgres
"""


def _flags(turn: str) -> bool:
    return bool(lint_string(DOC.format(turn=turn), select=("R003",)))


def test_a_figure_for_another_quality_earlier_in_the_turn_sets_no_latency_target() -> None:
    turn = (
        "Correctness first. If the wallet is down people cannot pay rent, so I'd target 99.99%, which is about 52 "
        "minutes a year. Latency matters less than correctness, but a transfer should feel instant."
    )
    assert _flags(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "Availability 99.99%. Latency matters too: a transfer should complete in under 300 ms at p99.",
        "Availability 99.99%. A transfer should feel instant to the user. I'd say under 300 ms at p99.",
    ],
)
def test_a_figure_beside_latency_or_right_after_it_is_a_target(turn: str) -> None:
    assert not _flags(turn)
