"""R003/R002: how old a live figure may be when it is shown is a latency target, told as an age ("Live values not
older than ca. 1 minute", "the current count on the dashboard, no more than ~1 h old") or as freshness with its
figure after a comma ("reasonably fresh, a minute or so"). An age that says what is kept or summed ("records older
than 13 months are rolled up") bounds no speed."""

from __future__ import annotations

import pytest

from conftest import messages, nfr_unmet

DOC = """# Rain tank levels

## Requirements

- Show each allotment's tank level on the shared map. {ask}
- Keep every reading; the water board wants yearly totals.
- Keep the sensors cheap.
"""


@pytest.mark.parametrize(
    "ask",
    [
        "Live levels not older than ca. 2 minutes.",
        "The current level on the dashboard, no more than ~1 h old when the gateway is up.",
        "Levels need to be reasonably fresh, a minute or so.",
    ],
)
def test_an_age_bound_on_what_is_shown_is_a_latency_target(ask: str) -> None:
    text = DOC.format(ask=ask)
    assert messages(text, "R003") == []
    assert "latency" not in nfr_unmet(text)


@pytest.mark.parametrize(
    "ask",
    [
        "Readings older than 13 months are rolled up into daily totals.",
        "The map keeps at most 2 hours of history for each tank.",
    ],
)
def test_an_age_of_what_is_kept_is_no_target(ask: str) -> None:
    assert messages(DOC.format(ask=ask), "R003")
