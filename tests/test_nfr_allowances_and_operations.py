"""R002: stances a small organisation's paper or a cheat sheet gives in words of its own. A path's time allowed with
no figure ("processing path = async, minutes OK", "the report can take a few minutes") is a stance on latency; the
main path kept going when a part is down ("must not block playback if the subtitle service is down"), or a device that
keeps its list offline, on availability; "Backup: nightly" over its schedule on durability; a login run by the
organisation's directory ("Login with the existing user accounts (Active Directory)") on security. A plain duration,
a path blocked for a reason that is no failure ("if the deposit is missing"), hours said of people's time, "Backup:
none" and a login with no directory are none."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = "# Feeding plan\n\n## Goal\n- keepers see today's feeding tasks\n- vet approves diets\n\n## Technical\n{}\n"


def _missing(text: str) -> str:
    return nfr_unmet(DOC.format(text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("- processing path = async, minutes OK", "latency"),
        ("- the weekly food report can take a few minutes", "latency"),
        ("- serving path = read heavy, must not block playback if the subtitle service is down", "availability"),
        ("- the tablet app must keep the list of today offline and send marks when back online", "availability"),
        ("- Backup: nightly, with the other municipal databases.", "durability"),
        ("- Login with the existing user accounts (Active Directory).", "security"),
    ],
)
def test_a_stance_in_the_words_of_a_small_paper(text: str, topic: str) -> None:
    assert topic not in _missing(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("- the food report job takes 5 minutes", "latency"),
        ("- must not block the request if the cache is cold", "availability"),
        ("- Backup: none", "durability"),
        ("- must not block the booking if the deposit is missing; staff chase it later", "availability"),
        ("- support only during office hours is fine", "latency"),
        ("- a repair can take hours", "latency"),
        ("- Login with the existing user accounts.", "security"),
    ],
)
def test_a_plain_duration_or_a_bare_label_is_no_stance(text: str, topic: str) -> None:
    assert topic in _missing(text)
