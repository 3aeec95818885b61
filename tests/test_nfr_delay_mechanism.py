"""R002: a delay built into the design ("a delay queue", "a delayed job per reminder") is a mechanism, not a
stance on speed; a delay the user feels ("no delay between the tap and the door") still asks for latency."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Season pass reminders\n\n## Requirements\n\n- Remind holders before their pass lapses.\n\n## Non functional\n\n"


def _covered(items: str) -> str:
    found = lint_string(HEAD + items + "\n", select=("R002",))
    return found[0].message.split("(")[1].split(")")[0] if found else "3+"


@pytest.mark.parametrize(
    "built",
    [
        "- reminders go on a delay queue with their send time",
        "- one delayed job per reminder, scheduled at the send time",
        "- the broker's delay messages carry the send time",
    ],
)
def test_a_delay_built_in_asks_for_no_latency(built: str) -> None:
    assert _covered(built) == "none"


@pytest.mark.parametrize("felt", ["- no delay between the tap and the door opening", "- delays over a second are bugs"])
def test_a_delay_the_user_feels_asks_for_latency(felt: str) -> None:
    assert _covered(felt) == "latency"
