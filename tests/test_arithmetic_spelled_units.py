"""E002/E007: a unit of data spelled out after a figure ("2 gigabytes", "1.6 terabits a second", "500 megs") is that
unit: a right result written so is no slip, a wrong one is checked in its unit, and a bit rate restated in bytes
spelled out is checked as one in symbols is. "gig" with no figure before it is a word."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Docs store\n\n## Estimation\n\n- {}\n"


def _findings(line: str) -> list[str]:
    return [f"{f.rule_id} {f.message.split(';')[0]}" for f in lint_string(DOC.format(line), select=("E002", "E007"))]


@pytest.mark.parametrize(
    "right",
    [
        "1M docs x 2 KB = 2 gigabytes",
        "| storage | 1M docs x 2 KB | 2 gigabytes |",
        "500 x 4 MB = 2 gigs",
        "10k x 100 KB = 1 Gigabyte",
        "4M streams x 400 kbps = 1.6 terabits per second",
    ],
)
def test_a_right_result_with_its_unit_spelled_out_is_no_slip(right: str) -> None:
    assert _findings(right) == []


def test_a_wrong_result_with_its_unit_spelled_out_is_checked_in_its_unit() -> None:
    assert _findings("1M docs x 2 KB = 20 gigabytes") == ["E002 1M docs x 2 KB evaluates to 2 GB, stated 20 GB"]


def test_a_bit_rate_restated_in_bytes_spelled_out_is_checked() -> None:
    assert [f.split()[0] for f in _findings("4M x 400 kbps = 1.6 Tbps, i.e. 1.6 terabytes a second")] == ["E007"]


def test_a_gig_with_no_figure_before_it_is_a_word() -> None:
    assert _findings("gig workers x 3 shifts = 60 shifts a week for 20 gig workers") == []
