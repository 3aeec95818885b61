"""R002: the system itself asked to be there, the clause ending on it ("It should be available; if it's down the
app still works", "the API must stay up, even during deploys") asks for availability; a thing it offers that
should be available ("the export should be available for download") asks for none."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Delivery ETA\n\n## Requirements\n\n- Show an arrival time for each order on the tracking page.\n\nNFRs:\n"


def _topics(asks: str) -> str:
    found = [f.message for f in lint_string(HEAD + asks + "\n", select=("R002",))]
    return found[0].split("(", 1)[1].split(")")[0] if found and "(" in found[0] else ""


@pytest.mark.parametrize(
    "asks",
    [
        "- It should be available; if it's down people get nervous",
        "- the API must stay up, even during deploys",
        "- the service has to be available.",
    ],
)
def test_the_system_asked_to_be_there_is_availability(asks: str) -> None:
    assert _topics(asks) == "availability"


@pytest.mark.parametrize(
    "asks",
    [
        "- the export should be available for download the next morning",
        "- it should be available in three languages",
    ],
)
def test_a_thing_the_system_offers_being_available_is_no_topic(asks: str) -> None:
    assert _topics(asks) == "none"
