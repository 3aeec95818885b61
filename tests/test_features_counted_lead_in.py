"""R001: a list in the doc's opening under a lead-in that counts the product's jobs ("The product has two core
interactions:", "The app does three things:") sets out its features, though no heading or word says
"requirements"; a list under a lead-in that counts something else ("The pharmacies we spoke to had two complaints:")
does not."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Shelfscan: pharmacy stock finder, design v0.2

## Context

People want to know which pharmacy nearby has a medicine in stock.

{lead}

1. **Stock lookup.** Search "ibuprofen 400" and see which pharmacies nearby have it, with the price.
2. **Reserve.** Hold a pack at one pharmacy for two hours, to pick up and pay there.

## Goals and non-goals

| | |
|---|---|
| **Goals** | All pharmacies in the country; stock at most 15 min old; lookup < 300 ms p95 |
| **Non-goals (v1)** | Delivery, prescriptions, insurance |

## Sizing

Pharmacies: 20k x 5k SKUs = 100M stock rows.
"""


def _none_listed(lead: str) -> list[str]:
    return [m for m in messages(_DOC.format(lead=lead), "R001") if m.startswith("no functional")]


@pytest.mark.parametrize("lead", ["The product has two core interactions:", "The app does two things:"])
def test_a_lead_in_counting_the_products_jobs_sets_out_features(lead: str) -> None:
    assert _none_listed(lead) == []


def test_a_lead_in_counting_something_else_sets_out_none() -> None:
    assert len(_none_listed("The pharmacies we spoke to had two complaints:")) == 1
