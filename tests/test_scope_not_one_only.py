"""R006: "not for one museum only, it is a platform" widens the product; it leaves nothing out, while "for one
region only" and "not for billing" still narrow it."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Museum audio guide

## Requirements

- visitors play the audio guide on their own phone, in several languages
- {line}
- p95 start of playback under 2 s
"""


def _r006(line: str) -> list[str]:
    return messages(DOC.format(line=line), "R006")


def test_widening_leaves_nothing_out() -> None:
    assert _r006("not for one museum only, it is a platform: many museums are customers")


@pytest.mark.parametrize("line", ["built for one region only at first", "not for billing: visits are free"])
def test_narrowing_still_does(line: str) -> None:
    assert _r006(line) == []
