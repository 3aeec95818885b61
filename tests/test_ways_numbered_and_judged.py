"""Ways weighed in notes (D004): options numbered as a list and picked by their number ("**Decision**: (2)"),
picked under a "choice:" label, judged by size or accuracy ("tiny headers", "accurate, but 200 ms a call"), or
picked by a line that opens on the verb ("used the lookup table. ...")."""

from __future__ import annotations

import pytest
from test_weighed_ways import _rules

NUMBERED = """### Image resizing

Options
1. Resize on upload into three fixed sizes. Reads are a plain file fetch; every new size means a backfill.
2. Resize on request behind the CDN. Any size on demand; the first view of each size waits on a resizer.

**Decision**: (2), with the three common sizes warmed at upload.
"""

CHOICE = """### Telemetry transport
CoAP  -> tiny packets, fits the radio duty cycle | few client libraries
HTTPS -> every proxy and load balancer speaks it | headers cost battery on each send
choice: CoAP for the sensors, HTTPS for the hubs
"""

JUDGED = """### Delivery estimate
- fixed table of zone-to-zone times: cheap lookup, blind to traffic right now
- live routing call per request: accurate, ~200 ms and a fee per call
→ search results: the fixed table
→ the order page: live routing
"""

USED = """### Where sessions live
signed cookie: nothing stored server-side, but a session cannot be revoked before it expires
session table in the cache: revocable at once, one lookup per request
used the session table. revoking a stolen session matters more than one lookup
"""


@pytest.mark.parametrize("weighed", [NUMBERED, CHOICE, JUDGED, USED])
def test_ways_weighed_in_notes_make_a_trade_off(weighed: str) -> None:
    assert _rules(weighed, ("D004",)) == []


# Near misses: numbered steps with no decision, one way's points with a label, a choice naming no way.
@pytest.mark.parametrize(
    "unweighed",
    [
        NUMBERED.replace("**Decision**: (2), with the three common sizes warmed at upload.", "Step (2) retries."),
        "### Transport\nCoAP -> tiny packets, fits the radio duty cycle\nchoice: keep it simple for now\n",
        "### Estimate\n- live routing call per request: accurate, ~200 ms a call\n",
    ],
)
def test_ways_without_a_pick_among_them_make_none(unweighed: str) -> None:
    assert _rules(unweighed, ("D004",)) == ["D004"]
