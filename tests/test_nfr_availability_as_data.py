"""R002 and R004: someone's availability set or seen as the product's data ("tutors set their weekly
availability", "availability overlap vs the request window") asks for no uptime; availability asked of the
system still does."""

from __future__ import annotations

import pytest
from test_nfr_load_facts import _covered

from conftest import messages


@pytest.mark.parametrize(
    "data",
    [
        "- tutor sets weekly availability + one-off blocks",
        "- students see availability for the next two weeks",
        "- match on availability overlap vs the requested window",
    ],
)
def test_availability_as_data_asks_for_no_uptime(data: str) -> None:
    assert _covered(data) == "none"


def test_availability_asked_of_the_system_is_uptime() -> None:
    assert _covered("- availability matters most on exam weeks") == "availability"
    text = "# Tutors\n\n## Requirements\n\n- book a tutor\n\n## Non functional\n\n- availability matters on exam weeks\n"
    assert messages(text, "R004")
