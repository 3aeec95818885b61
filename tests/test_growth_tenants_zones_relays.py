"""D006: a rollout to all of a counted kind ("the council wants it for all 60 halls") and the interviewer's way back
to a count ("Back to the 60 halls. What changes?") set the answer in growth; the mechanisms named there: each
customer made a tenant, a bus split into zones with their own multicast groups, a relay added at the far end. The
same mechanisms with no growth named are the base design."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "Interviewer: The council wants it for all 40 bakeries in the borough.\n\nMe: Then each bakery becomes a "
        "tenant with its own staff and keys.",
        "Interviewer: Back to the 40 bakeries. What changes?\n\nMe: Each bakery becomes a tenant with its own "
        "staff and keys.",
        "When the chain grows to forty shops, split the order bus into zones, each with its own multicast group, "
        "and add a zone relay at the far shops.",
    ],
)
def test_growth_answered_by_tenants_zones_or_relays_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "Each bakery is a tenant with its own staff and keys.",
        "We split the order bus into zones, each with its own multicast group, and add a zone relay at the far end.",
    ],
)
def test_the_same_mechanisms_with_no_growth_named_are_the_base_design(stays: str) -> None:
    assert _d006(stays)
