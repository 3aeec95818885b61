"""E002: a figure with its unit of size ("~2KB each x 150k = 300 GB") lost no scale letter before the unit, so a
product off by 1,000 is a slip (E002), even where the doc writes "2k" elsewhere; a bare figure the doc gives with a
scale elsewhere ("devices: 10M" over "1/min/device -> ~170k/s") may have lost one, which is no slip of E002's."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Glacier walks\n\n## Numbers\n\n- 2k guides, 60 glaciers\n"


def _found(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + text + "\n", select=("E002", "E008"))]


@pytest.mark.parametrize(
    "text", ["- booking rows ~2KB each x 150k = 300 GB/season", "- 150k x 2 KB per booking = 300 GB/season"]
)
def test_a_sized_figure_off_by_a_thousand_is_a_slip(text: str) -> None:
    assert _found(text) == ["E002"]


@pytest.mark.parametrize(
    "text", ["- booking rows ~2KB each x 150k = 300 MB/season", "- devices: 10M\n- msgs: 1/min/device -> ~170k/s"]
)
def test_a_right_product_or_a_count_given_elsewhere_is_no_slip(text: str) -> None:
    assert "E002" not in _found(text)
