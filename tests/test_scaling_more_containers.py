"""D006: more containers or pods behind the load balancer as traffic grows is a scaling path, as more servers or
nodes are; containers named without growth ("runs in two containers") are none."""

from __future__ import annotations

from conftest import messages

DOC = """# Recipe scaling API

## Requirements

- scale a recipe's ingredients to a number of servings; round to amounts a cook can measure

## High-level design

Browser -> edge cache -> scale service (stateless) -> Postgres (units, densities)

## Deep dive: rounding

Amounts are kept as fractions and rounded to the nearest measurable unit after scaling, with units promoted
(16 tbsp is a cup). {growth}
"""


def _d006(growth: str) -> list[str]:
    return messages(DOC.format(growth=growth), "D006")


def test_more_containers_as_traffic_grows_is_a_path() -> None:
    assert _d006("When partners join, more traffic means more containers behind the load balancer.") == []


def test_containers_without_growth_are_none() -> None:
    assert _d006("The service runs in two containers behind the load balancer.")
