"""E002: a sum of sizes given a total thousands of times larger sums one thing's parts, and the count that multiplies
them is told around it ("three photos at about 200 KB plus roughly 50 KB of page, that comes to around 8 GB" for
12,000 taxa): no slip to report. A sum a power of ten off ("200 KB + 50 KB = 2.5 MB") and a sum of bare figures
given a wrong total ("4 + 1.2 + 6 = 14 GB/day") are still slips."""

from __future__ import annotations

from conftest import lint_string

DOC = "# Plant labels\n\n## Estimation\n\n{}\n"


def _findings(text: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(text), select=("E002", "E007"))]


def test_a_sum_of_one_things_parts_given_the_whole_total_is_no_slip() -> None:
    text = (
        "Around 12,000 taxa. If every taxon has photos at about 200 KB plus roughly 50 KB of page, that comes to "
        "around 8 GB."
    )
    assert _findings(text) == []


def test_a_sum_a_power_of_ten_off_is_a_slip() -> None:
    assert _findings("- page: 200 KB + 50 KB = 2.5 MB") == ["200 KB + 50 KB evaluates to 250 KB, stated 2.5 MB"]


def test_a_sum_of_bare_figures_given_a_wrong_total_is_a_slip() -> None:
    assert _findings("- total ≈ 4 + 1.2 + 6 = 14 GB/day")
