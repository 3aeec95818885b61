"""R002: qualities asked in the shorthand and stances of notes: no SPOF, failing open, an outage kept from
spreading ("an outage of the quota service must not become an outage of checkout") for availability; the loss
as a gerund and data kept indefinitely for durability; mTLS and device certificates for security. The same
words in another sense ask for nothing."""

from __future__ import annotations

import pytest
from test_nfr_growth import _r002

DOC = """# Door access service

## Requirements

- Staff badge in at a door; admins see who entered where.

## Non-functional requirements

- A door opens within 500 ms of a badge tap.
- 2,000 badge taps per second sustained at shift change.
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "- the door controller itself: no SPOF (two controllers, one warm)",
        "- If the badge store is unreachable the door service fails open for staff.",
        "- An outage of the reports page must not become an outage of the doors.",
        "- Entry records are the evidence: losing one is not acceptable.",
        "- Entry records are kept indefinitely for the auditors.",
        "- per-door certs, mTLS only between doors and the service",
    ],
)
def test_a_third_quality_in_notes_shorthand_is_asked(line: str) -> None:
    assert _r002(DOC.format(line=line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Badge photos that fail to open in the admin page are shown as initials.",
        "- A door left open is closed by its arm within 30 s.",
    ],
)
def test_the_same_words_in_another_sense_ask_for_nothing(line: str) -> None:
    assert len(_r002(DOC.format(line=line))) == 1
