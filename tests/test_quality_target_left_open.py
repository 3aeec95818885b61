"""R003/R004: a quality named with its figure admitted still open ("no uptime number agreed yet", "no latency SLO
yet") is asked for with no target; a quality waived ("no uptime requirement, it runs nightly") is a stance."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# School bus tracker

## Requirements

- parents see their child's bus on a map
- parents get a push when the bus is two stops away
- {line}

## Estimation

50,000 buses x one ping per 5 s = 10,000 pings/s.
"""


@pytest.mark.parametrize(
    ("rule", "line", "phrase"),
    [
        ("R004", "must be up for the morning and afternoon runs; no uptime number agreed yet (ask PM)", "uptime"),
        ("R003", "map updates should feel live, but there is no latency SLO yet", "latency"),
    ],
)
def test_a_target_admitted_open_is_asked_without_one(rule: str, line: str, phrase: str) -> None:
    found = messages(DOC.format(line=line), rule)
    assert found and f"('{phrase}')" in found[0]


def test_a_waived_quality_is_no_ask() -> None:
    # the quality is waived: no ask to quantify, and the doc says so, so no "never says" either
    assert messages(DOC.format(line="no uptime requirement: the nightly report can wait a day"), "R004") == []


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("R003", "alerts dont need to be realtime, the positions are cached anyway"),
        ("R004", "the map doesnt have to be highly available, parents can phone the school"),
    ],
)
def test_a_quality_waived_with_its_apostrophe_dropped_is_no_ask(rule: str, line: str) -> None:
    assert messages(DOC.format(line=line), rule) == []
