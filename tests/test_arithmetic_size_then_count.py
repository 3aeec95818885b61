"""E002: the size of one, then how many of them and their total in words ("A finished clip is around 15 MB
across renditions, so 3 million of them is 45 TB a day") is the count times the size."""

from __future__ import annotations

from conftest import messages


def _e002(sentence: str) -> list[str]:
    doc = "# Clip sharing\n\n## Numbers\n\nAbout 3 million clips are made a day. " + sentence + "\n"
    return messages(doc, "E002")


def test_a_wrong_total_is_an_error() -> None:
    found = _e002("A finished clip is around 15 MB across renditions, so 3 million of them is 450 TB a day.")
    assert found and "45 TB" in found[0]


def test_a_right_total_is_none() -> None:
    assert _e002("A finished clip is around 15 MB across renditions, so 3 million of them is 45 TB a day.") == []
    assert _e002("Each clip is 15 MB and 3 million of those come to about 45 TB a day.") == []
