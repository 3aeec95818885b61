"""R003: a delay a crawler keeps between requests to spare a server ("delay between hits to same host (default ~1-2 s,
or crawl-delay)") paces the requests; it asks for no speed and sets no latency target. A delay users feel ("the delay
before a message shows must stay under 2 s") is still latency."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# URL frontier\n\n## Reqs\n{}\n- obey robots.txt\n\n## Design\n\nPer-host queues on each frontier node.\n"


def _r003(item: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(item), select=("R003",))]


@pytest.mark.parametrize(
    "item",
    [
        "- politeness: max 1 open conn per host, delay between hits to same host (default ~1-2 s, or crawl-delay)",
        "- honour the crawl-delay, else wait 2 s",
        "- a delay between requests of at least 2 s per host",
    ],
)
def test_a_pacing_delay_sets_no_latency_target(item: str) -> None:
    (message,) = _r003(item)
    assert message.startswith("no latency target")


@pytest.mark.parametrize(
    "item",
    [
        "- the delay before a fetched page shows must stay under 2 s",
        "- the delay between requests and answers must stay under 2 s",
    ],
)
def test_a_delay_users_feel_is_latency(item: str) -> None:
    assert _r003(item) == []
