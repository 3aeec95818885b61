"""R002: qualities asked in the shorthand and turns of phrase notes use, each kind beside a near miss."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Flag service\n\n## Requirements\n\n- Teams flip feature flags; services read them.\n\n## Non-functional\n\n"


def _covered(items: str) -> str:
    (finding,) = [f for f in lint_string(HEAD + items + "\n", select=("R002",))] or [None]
    if finding is None:
        return "3+"
    return finding.message.split("(")[1].split(")")[0]


@pytest.mark.parametrize(
    ("asked", "topic"),
    [
        ("- reads -> sub-ms from a local snapshot", "latency"),
        ("- a control-plane outage does not take client services down", "availability"),
        ("- two hosts may briefly disagree after a flip", "consistency"),
        ("- memory per flag must stay tiny on every host", "cost"),
        ("- egress $$ down: serve snapshots from the edge", "cost"),
        ("- more services -> add nodes behind the read API", "scalability"),
        ("- anti-cheat: the server is authoritative for who may flip what", "security"),
        ("- readers must sustain 20k flag reads/s at deploy time", "throughput"),
        ("- zero flip loss: a flip is journaled before it is acked", "durability"),
        ("- flip history kept 2y", "durability"),
        ("- the read API must survive loss of any single node", "availability"),
        ("- a hot standby takes over when the primary dies", "availability"),
        ("- every host applies flips in the same order", "consistency"),
        ("- rollout percentages approx ok across hosts", "consistency"),
        ("- don't blow the budget on egress", "cost"),
        ("- mem per flag tiny", "cost"),
        ("- rollout keys must stay secret", "security"),
        ("- only internal services can read the raw rules", "security"),
        ("- avail -> degrade to cached flags, never block a deploy", "availability"),
        ("- HA > consistency for reads", "availability, consistency"),
        ("- ~1.7M flag reads/s at deploy peaks must be absorbed", "throughput"),
        ("- every flip journaled to disk before ack", "durability"),
        ("- flip history kept for seven years", "durability"),
        ("- strict FIFO per flag, no eventual anything", "consistency"),
        ("- egress is the big bill", "cost"),
    ],
)
def test_a_quality_in_shorthand_or_plain_words_is_asked(asked: str, topic: str) -> None:
    assert _covered(asked) == topic


@pytest.mark.parametrize(
    "near",
    [
        "- the dashboard takes you down to the flag's history",  # a page, not an outage kept from spreading
        "- we disagree on naming; flags are kebab-case",  # people, not copies of data
        "- prices shown in $ per seat",  # a currency sign, not money spent on running it
    ],
)
def test_the_same_words_in_another_sense_ask_nothing(near: str) -> None:
    assert _covered(near) == "none"


@pytest.mark.parametrize(
    "set_aside",
    [
        "- I'd leave security out of scope for today",
        "Interviewer: Security?\n\nMe: I'll skip security for this round.",
        "- p95 latency budget of 30 ms per read",  # a latency budget, no money
    ],
)
def test_a_quality_set_aside_or_a_latency_budget_asks_for_no_such_topic(set_aside: str) -> None:
    assert _covered(set_aside) in ("none", "latency")


def test_a_scale_label_over_the_load_s_figures_asks_for_no_scalability() -> None:
    assert _covered("- scale: 20k flag reads/s, must sustain it at peak") == "throughput"
    assert _covered("- scale out: more read nodes as services grow") == "scalability"
