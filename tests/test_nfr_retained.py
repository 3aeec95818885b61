"""R002: data kept for a stated span, anywhere in the doc, is a stance on durability (the labelling guide maps
"retained" to it): "printed files kept 1y for reprint claims" in a design's key points. A span that keeps no data
("a session kept 30 min", a delay) is none. Redundancy kept for uptime ("2 regions with failover", "a hot standby
takes over") is a stance on availability, as the guide maps it."""

from __future__ import annotations

import pytest
from test_nfr_growth import _r002

DOC = """# Recipe box

## Requirements

- Save a recipe; search my recipes; share one by link.
- Search answers in under 200 ms; shared links are unguessable.

## High-level design

Recipes live in one Postgres database behind a small API.

## Key points

- {point}
"""


@pytest.mark.parametrize(
    "point",
    ["deleted recipes kept 90 days so an owner can restore them", "we retain every recipe version for 2 years"],
)
def test_data_kept_for_a_span_is_a_stance_on_durability(point: str) -> None:
    assert _r002(DOC.format(point=point)) == []


@pytest.mark.parametrize(
    "point", ["a share link is cached for 5 min at the edge", "the search box waits 300 ms before it asks"]
)
def test_a_span_that_keeps_no_data_is_none(point: str) -> None:
    (message,) = _r002(DOC.format(point=point))
    assert "cover 2 of the usual topics (latency, security)" in message


@pytest.mark.parametrize(
    "point",
    [
        "the API runs in 2 regions with DNS failover between them",
        "Postgres with a hot standby that takes over in under a minute",
        "two AZs, active-active behind the load balancer",
    ],
)
def test_redundancy_kept_for_uptime_is_a_stance_on_availability(point: str) -> None:
    assert _r002(DOC.format(point=point)) == []


@pytest.mark.parametrize("point", ["a standby list of recipes for offline use", "two regions of the map are shaded"])
def test_the_same_words_that_keep_nothing_up_are_none(point: str) -> None:
    (message,) = _r002(DOC.format(point=point))
    assert "cover 2 of the usual topics (latency, security)" in message
