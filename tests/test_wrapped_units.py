"""R003: a latency target whose figure and unit a hard wrap split ("within about 250" over "milliseconds")."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Bakery orders

## Requirements

- Customers order bread for pickup; bakers see the day's list.

## Design

One API over Postgres. I'd be plain about latency too. We should confirm an order within about 250
milliseconds at the 99th percentile, so the button never seems stuck.
"""


def _r003(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("R003",))]


def test_a_figure_wrapped_from_its_unit_is_a_target() -> None:
    assert _r003(DOC) == []


def test_a_figure_with_no_unit_below_is_none() -> None:
    assert _r003(DOC.replace("milliseconds at the 99th percentile", "orders on a busy morning")) == ["R003"]
