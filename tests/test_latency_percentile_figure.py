"""R003: a percentile given its figure in milliseconds names latency by itself, wherever it is said ("so I gave
myself a p99 of 50 ms at the service"); speed asked with no figure anywhere is still unquantified."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Unit converter

## Requirements

- Convert an ingredient's amount between metric and US units for a given number of servings.
- The converter should be fast: recipe pages call it while they render.

## Design

A stateless service keeps the density table in memory; the page calls it inline.

On performance: the page waits for it, {line}
"""


def _r003(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R003",))]


def test_a_percentile_with_its_figure_is_a_latency_target() -> None:
    assert _r003("so I gave myself a p99 of 50 ms at the service.") == []


def test_speed_with_no_figure_is_unquantified() -> None:
    assert _r003("so it has to stay quick.") == ["R003"]
