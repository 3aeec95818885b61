"""R002: stances notes give in their own shorthand. "perf" for performance ("access control matters more than perf")
is latency; data kept for a span counted in a club's or a farm's periods, perhaps "at least" so long ("history kept
>= 5 seasons") is durability; a second way out when the first link drops ("ethernet + LTE fallback") is
availability. A perfect world, a season's fixtures and an LTE modem alone are none."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = "# Vineyard probes\n\n## Reqs\n- moisture per block, hourly\n- {}\n\n## Design\nprobes -> LoRa gateway -> cloud\n"


def _missing(line: str) -> str:
    return nfr_unmet(DOC.format(line))


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("blind review has to be blind -> access control matters more than perf", "latency"),
        ("history kept >= 5 seasons (compare vintages)", "durability"),
        ("raw readings kept for 3 seasons", "durability"),
        ("gateway on the winery roof (ethernet + LTE fallback)", "availability"),
    ],
)
def test_a_stance_in_notes_shorthand(line: str, topic: str) -> None:
    assert topic not in _missing(line)


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("in a perfect world every row has a probe", "latency"),
        ("fixtures for 5 seasons are planned by the board", "durability"),
        ("gateway has an LTE modem", "availability"),
        ("managers write perf reviews for their reports", "latency"),
        ("classes are held at least 2 days a week per teacher", "durability"),
        ("we must keep the signing keys offline in cold storage", "availability"),
    ],
)
def test_words_that_only_look_like_it_are_none(line: str, topic: str) -> None:
    assert topic in _missing(line)
