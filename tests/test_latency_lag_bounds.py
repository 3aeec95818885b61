"""R003: how far behind a live view may run, bounded with its figure, is the latency target a write-up sets for
it: "live pos lag < ~5s is fine", "live map ~10s freshness is ok", "status fresh to within maybe 30 seconds",
"Dispatcher map delay max. ca. 30 seconds" (a short form's full stop ends no sentence). A failover's duration
called acceptable, or a lag allowed with no bound on it, sets none."""

from __future__ import annotations

import pytest

from designlint.doc.items import sentence_span

from conftest import messages

_REQS = """# Kayak hire

## Requirements

- customers book a kayak by the hour
- staff see every kayak on a live map

Non-functional:
- {line}
- bookings are never lost
"""


@pytest.mark.parametrize(
    "line",
    [
        "live pos lag < ~5s is fine",
        "live map ~10s freshness is ok",
        "the map should be fresh to within maybe 30 seconds",
        "Dispatcher map delay max. ca. 30 seconds.",
    ],
)
def test_a_bounded_lag_is_a_latency_target(line: str) -> None:
    assert messages(_REQS.format(line=line), "R003") == []


@pytest.mark.parametrize(
    "line",
    [
        "if the database fails over, 1 minute is acceptable for the first version",
        "positions may lag up to 15 seconds",
    ],
)
def test_a_failover_time_or_an_allowed_lag_is_no_target(line: str) -> None:
    assert len(messages(_REQS.format(line=line), "R003")) == 1


@pytest.mark.parametrize("short", ["ca.", "max.", "approx.", "e.g.", "vs."])
def test_a_short_forms_full_stop_ends_no_sentence(short: str) -> None:
    text = f"The map delay is {short} 30 seconds. Next sentence."
    start, stop = sentence_span(text, text.index("30"))
    assert (start, text[stop]) == (0, ".") and text[:stop].endswith("30 seconds")
