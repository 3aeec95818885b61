"""Pitfall checks and the figure reader they rest on."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from designlint.checks import figures

from conftest import lint_string


@pytest.mark.parametrize(
    ("line", "kind", "value", "peak"),
    [
        ("Peak Read QPS = 5,800 x 3 = ~17,400 reads/sec", "rate", 17_400, True),
        ("peak 350 QPS", "rate", 350, True),
        ("40 read requests per second on average", "rate", 40, False),
        ("100 mil URLs per day -> ~1200 URLs per second", "rate", 1200, False),
        ("serving 10 m RPS", "rate", 10_000_000, False),
        ("5-year storage = ~5.5 TB", "size", 5.5e12, False),
        ("12.7 GB of new paste content per month", "size", 12.7e9, False),
    ],
)
def test_reads_stated_figures(line: str, kind: str, value: float, peak: bool) -> None:
    read = figures.read_figures([(1, line)])
    assert [(f.kind, f.value, f.peak) for f in read] == [(kind, pytest.approx(value), peak)]


@pytest.mark.parametrize(
    "line",
    [
        "1 request per second = 2.5 million requests per month",  # a conversion table
        "Outgoing = 5,800 x 300 bytes = ~1.7 MB/s",  # bandwidth, not requests
        "serving 10 T traffic per sec",  # a unit letter we cannot read
        "Reservations per second - 240k / 10^5 seconds in a day = ~3",  # no unit after the result
    ],
)
def test_stays_silent_on_figures_it_cannot_read(line: str) -> None:
    assert [f for f in figures.read_figures([(1, line)]) if f.kind == "rate"] == []


def test_peak_rate_scales_averages_but_not_peaks() -> None:
    read = figures.read_figures([(1, "about 100 reads per second"), (2, "peak 250 reads per second")])
    assert figures.peak_rate(read, 3.0) == 300
    assert figures.peak_rate([], 3.0) is None


SMALL = """# Expenses

## Requirements

- Employees file expenses.

## Estimation

- Reads peak at about 50 requests per second; receipts take 200 GB a year.

## High-level design

{design}
"""


def _lint(design: str, rule: str, **settings: Any) -> list[Any]:
    return lint_string(SMALL.format(design=design), select=(rule,), **settings)


def test_over_engineering_names_the_machinery_and_the_load() -> None:
    findings = _lint("Expenses are sharded across four clusters in a multi-region setup.", "P001")
    assert len(findings) == 1
    assert "sharded" in findings[0].message and "multi-region" in findings[0].message
    assert "50 requests" in findings[0].message


def test_over_engineering_accepts_a_reason_or_a_later_plan() -> None:
    assert _lint("If we grow tenfold we would shard by department.", "P001") == []


def test_over_engineering_threshold_is_an_option() -> None:
    rules = MappingProxyType({"P001": MappingProxyType({"max-qps": 10})})
    assert _lint("Expenses are sharded across four clusters.", "P001", rules=rules) == []


def test_over_engineering_silent_without_a_readable_rate() -> None:
    text = SMALL.replace("Reads peak at about 50 requests per second", "Load is small")
    assert lint_string(text.format(design="Expenses are sharded."), select=("P001",)) == []


def test_under_engineering_needs_a_big_rate_and_no_scaling() -> None:
    big = SMALL.replace("50 requests per second", "50,000 requests per second")
    assert len(lint_string(big.format(design="One server and one database."), select=("P002",))) == 1
    assert lint_string(big.format(design="A Redis cache serves hot reads."), select=("P002",)) == []
    assert _lint("One server and one database.", "P002") == []


def test_deep_before_broad_ignores_parts_inside_a_dive() -> None:
    text = SMALL.format(design="### API\n\n- `GET /v1/x`\n\n## Deep dives\n\n### Flow\n\n#### Data model\n\n- x: id")
    assert lint_string(text, select=("P003",)) == []


def test_unreasoned_choice_only_in_the_high_level_design() -> None:
    assert len(_lint("We store expenses in MongoDB.", "P004")) == 1
    assert _lint("We store expenses in MongoDB because receipts vary in shape.", "P004") == []
    assert _lint("Acme uses MongoDB for this.", "P004") == []


def test_a_reason_on_the_next_line_of_the_sentence_counts() -> None:
    assert _lint("We store expenses in MongoDB,\nbecause receipts vary in shape.", "P004") == []
    findings = _lint("Receipts are kept as files.\n\nWe store expenses in MongoDB.", "P004")
    assert [f.line for f in findings] == [15]


def test_microservices_need_a_team_or_scaling_reason() -> None:
    assert len(_lint("The backend is a set of microservices.", "P005")) == 1
    assert _lint("Receipts are a separate microservice owned by the finance team.", "P005") == []


def test_figures_count_as_used_when_a_number_comes_back() -> None:
    assert len(_lint("A single database holds everything.", "P006")) == 1
    assert _lint("At 50 requests per second a single database holds everything.", "P006") == []
    assert _lint("The 200 GB a year fits on one disk.", "P006") == []


def test_a_cache_or_replica_drawn_only_in_a_diagram_is_in_the_design() -> None:
    big = SMALL.replace("50 requests per second", "50,000 requests per second")
    ascii_art = "One server and one database.\n\n```\nclient --> api --> hot-key cache\n          api --> db --> read replica\n```"
    mermaid = "One server and one database.\n\n```mermaid\nflowchart LR\n  A[API] --> C[(Redis)]\n  A --> D[(DB)]\n```"
    plain = "One server and one database.\n\n```\nclient --> api --> db\n```"
    assert lint_string(big.format(design=ascii_art), select=("P002",)) == []
    assert lint_string(big.format(design=mermaid), select=("P002",)) == []
    assert len(lint_string(big.format(design=plain), select=("P002",))) == 1
