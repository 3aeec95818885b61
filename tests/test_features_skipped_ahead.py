"""R001: a feature list the writer says ahead they will not write ("I'm not going to write out the usual feature
list here") is none, however the essay's paragraphs go on to tell what the system does; a list given after all
still counts."""

from __future__ import annotations

from conftest import lint_string

ESSAY = """# Taking the register

My brother runs a climbing gym and his check-in software is slow, so I sketched how I would build it.
I'm not going to write out the usual feature list here; a member scanning a card at the door is obvious.
What I want to write about is the tablet at the desk when the wifi drops, and the waiver signed before a first climb.

## The tablet with bad wifi

The desk tablet keeps a local queue of check-ins and syncs it when the connection is back; each check-in carries a
client id, so a replay after a reconnect is stored once. Staff see a banner while the queue is not empty.

## Waivers

A waiver is signed once per member and version; a new version of the text asks everyone again at the next visit.
"""


def _r001(text: str) -> list[str]:
    return [f.context for f in lint_string(text, select=("R001",))]


def test_a_feature_list_said_ahead_not_to_be_written_is_none() -> None:
    assert _r001(ESSAY) == ["none"]


def test_a_list_given_after_all_is_counted() -> None:
    listed = ESSAY.replace(
        "## The tablet", "## Features\n\n- check in by card\n- sign a waiver\n- see today's visits\n\n## The tablet"
    )
    assert "none" not in _r001(listed)
