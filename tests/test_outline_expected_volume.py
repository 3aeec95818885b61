"""The estimation step under the title a small organisation's note gives it: "3. Expected volume", "Volumes",
"Expected load". A derived figure there is an estimate ("we expect double, so ca. 400"); a title that only holds
one of the words ("Volume discounts", "Expected load balancing") names no estimate."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Concept: pre-orders for the bakery\n\n## 1. Requirements\n- customers order bread online\n\n"
    "## {title}\n\nToday ca. 200 orders on a Saturday. We expect double, so ca. 400 orders.\n\n"
    "## 3. Technical concept\nOne small web app and a database at the hosting provider.\n"
)


def _rules(title: str) -> list[str]:
    """E001, and S001 where it says the estimation step is missing."""
    found = lint_string(DOC.format(title=title), select=("E001", "S001"))
    return [f.rule_id for f in found if f.rule_id == "E001" or "estimat" in f.message.lower()]


@pytest.mark.parametrize("title", ["2. Expected volume", "2. Volumes", "Expected load", "Expected usage"])
def test_a_title_naming_the_expected_amounts_is_the_estimate(title: str) -> None:
    assert _rules(title) == []


@pytest.mark.parametrize("title", ["2. Volume discounts", "2. Expected load balancing"])
def test_a_title_that_only_holds_the_word_is_no_estimate(title: str) -> None:
    assert "E001" in _rules(title)
