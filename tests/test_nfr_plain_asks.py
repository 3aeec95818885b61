"""R002: qualities asked in plain words: a thing seen to move smoothly or a bound "in a few seconds" (latency),
eventual said to be enough or how long a change may take to be seen (consistency), a bound on what may be lost
(durability), the owner and others named as the only readers (security), money paid by the unit or named as a
line of the bill (cost). The same words with no quality asked (a share of users, a price shown to a user) are
none."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Photo backup\n\n## Requirements\n\n- Phones upload photos; owners browse and share albums.\n\nNFRs:\n"


def _topics(asks: str) -> str:
    found = [f.message for f in lint_string(HEAD + asks + "\n", select=("R002",))]
    return found[0].split("(", 1)[1].split(")")[0] if found and "(" in found[0] else ""


@pytest.mark.parametrize(
    ("asks", "topic"),
    [
        ("- the grid scrolls smoothly while thumbnails stream in", "latency"),
        ("- a new photo shows on the other phone in a few secs", "latency"),
        ("- an album edit can take a second or two to show up for viewers, eventual is fine", "consistency"),
        ("- photo loss <0.001% per year is acceptable", "durability"),
        ("- only the owner and explicitly shared users can fetch an original", "security"),
        ("- we pay per GB-month, so storage is our biggest line item", "cost"),
    ],
)
def test_a_quality_asked_in_plain_words_is_its_topic(asks: str, topic: str) -> None:
    assert _topics(asks) == topic


@pytest.mark.parametrize(
    ("no_quality", "topic"),
    [
        ("- under 5% of users share albums", "durability"),
        ("- print prices ($0.20 a print) are shown before checkout", "cost"),
        ("- only owners rename albums, but anyone with the link sees them", "security"),
        ("- the share sheet can take a second to open on old phones", "consistency"),
    ],
)
def test_the_same_words_with_no_quality_asked_are_no_topic(no_quality: str, topic: str) -> None:
    assert topic not in _topics(no_quality)
