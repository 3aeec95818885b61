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
    ],
)
def test_a_quality_in_shorthand_is_asked(asked: str, topic: str) -> None:
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
