"""R002: a workload fact is no quality asked (how many users, the read share), nor are words of the product that
look like one: a security deposit held on a card, readings buffered offline on a device. Each beside the same
quality asked."""

from __future__ import annotations

import pytest
from test_nfr_kinds import _covered


@pytest.mark.parametrize(
    "workload",
    [
        "- 40M DAU, 300M MAU",
        "- 2 billion users, mostly on phones",
        "- a deposit is held on the renter's card: the security deposit is released on return",
        "- local buffering: each scanner holds up to 12 h of scans",
        # the shape of the load: how reads compare with writes, how far the peak stands over the average
        "- read heavy, roughly 100:1 read:write",
        "- reads outnumber writes 100:1",
        "- write-heavy: 20 writes for every read",
        "- peak ~5x avg, evenings",
        "- peak = 3x average",
        "- read-heavy, peak ≈ 3× avg",
        # how often a thing happens per thing, and a surge over the usual load with nothing asked of it
        "- cart evaluate called ~10x per order (every cart change)",
        "- black friday ~5x normal",
    ],
)
def test_a_workload_fact_or_a_product_word_asks_for_no_quality(workload: str) -> None:
    assert _covered(workload) == "none"


@pytest.mark.parametrize(
    ("asked", "topic"),
    [
        ("- the design must grow from 40M to 400M DAU", "scalability"),
        ("- card data is encrypted at rest; deposits are held by the payment provider", "security"),
        ("- no buffering when a flag page opens", "latency"),
        # a surge the design must ride out, and a load it must carry, still ask for growth and throughput
        ("- black friday ~20x normal -> autoscale", "scalability"),
        ("- black friday 10x normal orders, must hold up", "scalability"),
        ("- the user base may grow 10x in a year", "scalability"),
        ("- must sustain 40k writes/s at peak", "throughput"),
        # what is kept outlives the disk it sits on
        ("- once an upload succeeds it has to survive disk and even zone failures", "durability"),
    ],
)
def test_the_same_quality_asked_counts(asked: str, topic: str) -> None:
    assert _covered(asked) == topic


@pytest.mark.parametrize(
    ("asked", "topic"),
    [
        ("- flag service itself HA (leader election, a warm standby)", "availability"),
        ("- the HAProxy config is generated from the flag list", "none"),
    ],
)
def test_ha_in_capitals_asks_for_availability(asked: str, topic: str) -> None:
    assert _covered(asked) == topic


@pytest.mark.parametrize(
    "asked",
    ["- flips must be authenticated and authorised per team", "- unauthorized readers get a 403, never the rules"],
)
def test_authentication_asked_in_a_verb_or_british_spelling_is_security(asked: str) -> None:
    assert _covered(asked) == "security"


@pytest.mark.parametrize(
    ("asked", "topic"),
    [
        ("- Availability 99,9%. This is around 43 minutes per month downtime", "availability"),
        ("- Uptime 99,5 % per month", "availability"),
        ("- 1,500 orders per minute at lunch", "throughput"),
    ],
)
def test_a_time_or_a_share_per_period_is_a_budget_not_a_load(asked: str, topic: str) -> None:
    assert _covered(asked) == topic
