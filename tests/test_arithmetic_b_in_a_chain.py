"""E002: a chain whose first working multiplies by a "B" that may be bytes ("2M * 300B = 6 GB/day, x7 days = 42GB")
is read step by step, as one written with "bytes": the middle figure is a size the next step carries on from, and a
first step off by ten is reported however right the second is. A chain of billions ("2B * 3 = 6B users, x 2 = 12B")
stays clean."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Canal lock passages\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "- row ~300B -> 2M * 300B = 6 GB/day, x7 days = 42GB. one box is plenty",
        "- 4M events * 120B = 4.8 GB/day, x 30 days = 144 GB",
    ],
)
def test_a_first_step_off_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "evaluates to" in found[0] and "B as" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "- row ~300B -> 2M * 300B = 600 MB/day, x7 days = 4.2GB. one box is plenty",
        "- 4M events * 120B = 480 MB/day, x 30 days = 14.4 GB",
        "- 2B * 3 = 6B users, x 2 = 12B",
    ],
)
def test_a_right_chain_is_clean(text: str) -> None:
    assert _e002(text) == []
