"""E001: approximate shares after a count ("~40k quotes/day, ~25% accepted, ~8% regraded") are assumed, not worked
out: an estimate that only lists them derives nothing; an amount worked out after the count still does."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Phone trade-in quotes

## Requirements

- Quote a used phone from a short questionnaire; accept the quote; grade the phone on arrival.

**Numbers (assumed, from product)**
- {line}
- prices refresh hourly from resale feeds

## High-level design

A quote API, a pricing service reading a price table, and Postgres.
"""


@pytest.mark.parametrize(
    "line",
    [
        "~40k quotes/day, ~25% accepted, ~8% of received devices regraded down",
        "40k quotes a day, about 30 percent accepted",
    ],
)
def test_shares_alone_derive_nothing(line: str) -> None:
    assert messages(DOC.format(line=line), "E001")


def test_an_amount_after_the_count_is_worked_out() -> None:
    assert messages(DOC.format(line="~40k quotes/day, ~25% accepted, so ~10k accepts a day"), "E001") == []
