"""E002: a daily count restated per second after "this is" ("140,000 requests/day, this is around 16 req/s") is a
conversion to check, as after "that is" or "which is"; so in a doc that groups thousands with dots."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Yoga studio\n\n## Numbers\n\n" + text + "\n", "E002")


def test_a_wrong_rate_after_this_is_is_an_error() -> None:
    found = _e002("- 14,000 sessions, ~10 API calls each = 140,000 requests/day, this is around 16 req/s average")
    assert len(found) == 1
    assert "1.62 req/s" in found[0]


def test_a_doc_with_thousands_dots_is_read_so() -> None:
    text = (
        "- 0,5 of members book online, 0,2 s per request\n"
        "- 3.500 members, 14.000 sessions, ~10 API calls each = 140.000 requests/day, this is around 16 req/s"
    )
    assert len(_e002(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "- 14,000 sessions, ~10 API calls each = 140,000 requests/day, this is around 1.6 req/s average",
        "- 140,000 requests/day, this is fine for one box",
    ],
)
def test_a_right_rate_or_a_remark_is_clean(text: str) -> None:
    assert _e002(text) == []
