"""D006: growth told as more of who the product serves ("now twelve more schools want it", a heading "When
more councils join"), a customer grown "big enough" for capacity of its own, and a size reached in words ("if it
ever went to a couple of million riders"); a wish of more users, or a part that is big enough, is no growth."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "Interviewer: The pilot went well and now twelve more schools want it.\n\n"
        "Me: Then the school is the tenant. All schools share one cluster, partitioned by school.",
        "### When more councils join\n\nEvery table gets a council column and the rows are partitioned by council.",
        "A district starts on the shared cluster. When one district is big enough, or its board wants its data "
        "kept apart, it gets its own cluster and a routing layer sends its calls there.",
        "If it ever went to a couple of million riders, I'd add a regional layer: gateways in several regions, "
        "each close to its riders.",
    ],
)
def test_more_customers_or_a_size_reached_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "More riders want their receipts by email, so the mail worker reads from a replica.",
        "If the cache is big enough, reads never reach the primary, which keeps a replica in another zone.",
        "If the invoice ever went to a few thousand lines, the export would page it; the table has a replica.",
    ],
)
def test_a_wish_or_a_part_big_enough_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
