"""D006: a later phase is growth only beside a way to carry more load ("Phase 2: add a second region for the
northern shops", "phase two shards the orders by shop"); a phase of features ("Later (phase 2): a status page with
the order number") or a decision put to phase 2 says nothing of how the design grows."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006


@pytest.mark.parametrize(
    "grows",
    [
        "- Phase 2: add a second region for the northern shops",
        "In phase two we shard the orders by shop, since an order never spans two shops.",
    ],
)
def test_a_later_phase_with_a_mechanism_is_a_scaling_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "- Later (phase 2): a status page with the order number.",
        "September: review, and a decision about phase 2 (status page, a link to the till).",
    ],
)
def test_a_phase_of_features_is_no_scaling_path(stays: str) -> None:
    assert _d006(stays)
