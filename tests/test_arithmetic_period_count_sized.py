"""E002: a count given for a period ("40 million uploads a year"), then the size of one after "at" and the total
in words ("At about 500 KB an upload, that's about 20 TB a year"), is the count times the size."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Photo backup

## Estimation

About 800k uploads a week, times 52 is roughly 40 million uploads a year. {sized}
"""


def _e002(sized: str) -> list[str]:
    return messages(DOC.format(sized=sized), "E002")


@pytest.mark.parametrize(
    "sized",
    [
        "At about 500 KB an upload, that's about 2 TB a year.",
        "At about 500 KB per upload, that's around 200 TB a year.",
    ],
)
def test_a_wrong_total_of_a_periods_count_is_an_error(sized: str) -> None:
    assert _e002(sized)


def test_a_right_total_is_none() -> None:
    assert _e002("At about 500 KB an upload, that's about 20 TB a year.") == []
