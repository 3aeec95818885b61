"""E002: a load at a cache's hit rate and what still reaches the store ("200k reads per second at a 90% hit rate
means the database still sees 20k reads per second") is the load times the share missed."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Surtitle cues\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "150k reads per second at a 90% hit rate means the database still sees 1.5k reads per second.",
        "40k rps at a 95% cache hit ratio leaves about 20k rps for Postgres.",
    ],
)
def test_a_wrong_miss_load_is_an_error(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1
    assert "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "150k reads per second at a 90% hit rate means the database still sees 15k reads per second.",
        "40k rps at a 95% cache hit ratio leaves about 2k rps for Postgres.",
        # the hit rate named, nothing worked out from it
        "150k reads per second at a 90% hit rate is fine for one Redis node.",
    ],
)
def test_a_right_miss_load_or_a_remark_is_clean(text: str) -> None:
    assert _e002(text) == []
