"""D006: growth said where notes say it: in the paragraph that leads in a list of steps ("so as the fleet grows we
will:" over "- partition topics by site"), or in a paragraph titled by what it answers ("how we scale ingest" over
its lines). The same steps under a lead-in or a title that says nothing of growth are the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006

LEAD_IN = """One broker serves the 30k sensors today. A broker tops out near 150k connections, so as the fleet grows we will:

- put the brokers behind a load balancer as one cluster;
- partition topics by site id so a site's traffic stays on one broker group.
"""

ASKED = """how we scale ingest
now: one consumer reads the readings topic. then: partition the topic into 32 by sensor hash, a consumer each.
"""


@pytest.mark.parametrize("grows", [LEAD_IN, ASKED])
def test_growth_in_a_lead_in_or_an_asked_title_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        LEAD_IN.replace("so as the fleet grows we will:", "and the setup is:"),
        ASKED.replace("how we scale ingest", "how we read ingest"),
    ],
)
def test_the_same_steps_without_growth_are_the_base_design(stays: str) -> None:
    assert _d006(stays)
