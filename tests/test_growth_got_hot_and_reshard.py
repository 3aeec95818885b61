"""D006: the part running hot, told as a condition in the past ("If it ever got hot I'd put a queue in front rather
than move the locks"), and a reshard as the data grows ("as rooms pile up we reshard by choir") are growth; a queue
in front as the base design, and a condition with no growth in it, are not."""

from __future__ import annotations

import pytest
from test_growth_a_few_others_and_a_limit import _DOC

from conftest import messages


@pytest.mark.parametrize(
    "last",
    [
        "## Deep dive: seat holds\n\nThe load here is a few thousand updates in the first half hour, which Postgres "
        "does. If it ever got hot I'd put a queue in front rather than move the locks.",
        "## Deep dive: storage\n\nOne Postgres is plenty for years; as rehearsal notes pile up we reshard by choir.",
    ],
)
def test_running_hot_and_resharding_are_growth(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "## Deep dive: reminders\n\nWe put a queue in front of the mail provider so a slow send never blocks a page.",
        "## Deep dive: reminders\n\nIf it ever got late at night the job just waits for the morning run.",
    ],
)
def test_a_queue_as_the_base_design_and_a_plain_condition_are_no_growth(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
