"""D006: growth asked as the product taken to all of what it could serve ("Say they want every lock on the network
bookable, not just the handful. What changes?"), answered with a mechanism, and more of an organisation's own units
under a heading for what comes later ("more departments (glass has kilns too) -> separate queues per dept"), are
growth. "What changes?" after no such ask, and more of anything else, are not."""

from __future__ import annotations

import pytest
from test_growth_taken_up_by_others import _DOC

from conftest import messages


@pytest.mark.parametrize(
    "last",
    [
        "**Q:** Say they want every tower in the county on it, not just ours. What changes?\n\n"
        "**Me:** Bookings follow the towers; I'd partition the rota tables by tower and keep one database.",
        "## later\n\n- more departments (the handbell group rings too) -> a queue per department",
    ],
)
def test_all_of_it_or_more_units_is_growth(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "**Q:** The captain edits the rota on Sunday morning. What changes?\n\n"
        "**Me:** The rota table gets a version column, partitioned by nothing.",
        "## later\n\n- more reports (who rang most) -> a printable page",
    ],
)
def test_other_asks_or_more_of_other_things_are_not(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
