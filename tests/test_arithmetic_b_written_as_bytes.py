"""E002: a "B" that may mean bytes was written as a unit ("41.5M x 200B = ~8 MB/s"), so a product off from its
byte total by a whole step (1,000x) is a slip to report, not a unit the author left off; the message says how the
"B" was read. Bare figures against a size ("480 s × 18 / 8 = 1.08 GB") still left their unit off."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Bell foundry orders\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("- 3M uploads x 400B = 1.2 TB", "400B as 400 bytes"),
        ("- fanout: 20M msgs/s x 100B = ~2 MB/s egress", "100B as 100 bytes"),
    ],
)
def test_a_product_a_whole_step_off_is_reported(text: str, read: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert "1,000 times" in found[0] and read in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "- 3M uploads x 400B = 1.2 GB",
        "- fanout: 20M msgs/s x 100B = ~2 GB/s egress",
        "- 480 s × 18 / 8 = 1.08 GB",
    ],
)
def test_a_right_product_or_a_unit_left_off_is_clean(text: str) -> None:
    assert _e002(text) == []
