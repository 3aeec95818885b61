"""R002: concurrency, traffic and a peak are throughput only where the sentence asks the system to carry them;
stated as facts about the load they are the workload, which LABELS.md maps to no topic. And two asks second-
language writers phrase their own way: "cannot be loss", "must be available always"."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Stadium screens\n\n## Requirements\n\n- Show replays on the big screen and in the app.\n\n## Non functional\n\n"


def _covered(items: str) -> str:
    found = lint_string(HEAD + items + "\n", select=("R002",))
    return found[0].message.split("(")[1].split(")")[0] if found else "3+"


@pytest.mark.parametrize(
    "fact",
    [
        "- 60k concurrent viewers in the stadium on a match day",
        "- traffic is moderate outside match days",
        "- peak in the second half ~4x avg",
        "- peak = Saturday 3-5pm, around 6x the weekday",
        "- read-heavy, peak ≈ 3× avg",
    ],
)
def test_load_stated_as_a_fact_asks_for_no_throughput(fact: str) -> None:
    assert _covered(fact) == "none"


@pytest.mark.parametrize(
    "ask",
    [
        "- must support high concurrency on match days",
        "- has to swallow the half-time peak without dropping replays",
        "- 60k concurrent viewers must be served from the stadium edge",
        "- traffic spikes at goals have to be absorbed",
    ],
)
def test_load_the_system_is_asked_to_carry_is_throughput(ask: str) -> None:
    assert _covered(ask) == "throughput"


@pytest.mark.parametrize(
    ("ask", "topic"),
    [
        ("- replay clips cannot be loss once recorded", "durability"),
        ("- screens must be available always, also in the half-time peak", "availability"),
    ],
)
def test_asks_in_a_second_language_writers_word_order(ask: str, topic: str) -> None:
    assert topic in _covered(ask).split(", ")
