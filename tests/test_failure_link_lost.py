"""D005: a link lost, said of where it is missing ("the trucks have no connection for two kilometres", "when a phone
loses signal"), and a question about a part that "has been offline for two days", name a failure the design
answers. A bad file or link ("If the file is broken") and a shop with no connection to the product's market are
not a part failing."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "told",
    [
        "In the valley the trucks have no connection for two kilometres. The tracker box keeps positions and sends "
        "them with their own time stamps.",
        "When a phone loses signal the app keeps the scans and uploads them once it is back.",
        "Interviewer: The yard's gateway has been offline for two days. What happens?\n"
        "Me: Each scale keeps two weeks of readings in flash and the backend asks for the gap.",
    ],
)
def test_a_lost_link_or_a_part_offline_is_a_failure_told(told: str) -> None:
    assert not _d005(told)


@pytest.mark.parametrize(
    "told",
    [
        "If the file is broken or not an image, the upload is rejected and the app shows it.",
        "Merchants with no connection to our partner network sign up by email instead.",
        "Junctions with no signal use the default priority for buses.",
    ],
)
def test_bad_input_or_a_missing_partnership_is_no_failure(told: str) -> None:
    assert _d005(told)
