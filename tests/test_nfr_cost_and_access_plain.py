"""R002: cost and security told in plain words count as the topics. Money against what there is to spend ("a budget
of ca. 600 €", "cost more per year than our entire printing budget", "it costs nothing", "over budget"), and in a
design a price by the month or the unit ("ca. 8,50 EUR/month"), "no extra costs" or "budget ca. 1.200 €"; the way in
that keeps others out ("Admin with password", "Makers log in with a magic link", "a secret token in the header").
A latency budget is time, not money, and a login page named as a feature keeps nobody out."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = """# Craft fair applications

## Requirements

- makers apply with photos of their work; the committee scores them
- accepted makers pay the pitch fee online
- {ask}
"""


def _missing(ask: str) -> str:
    return nfr_unmet(DOC.format(ask=ask))


@pytest.mark.parametrize(
    ("ask", "topic"),
    [
        ("The committee has a budget of ca. 600 € for this, hardware included.", "cost"),
        ("Hosted products cost more per year than our entire printing budget.", "cost"),
        ("The spreadsheet glue costs nothing, which the treasurer likes.", "cost"),
        ("Makers log in with a magic link sent to their email.", "security"),
        ("Admin with password; reading the list needs no login.", "security"),
        ("The payment webhook carries a secret token in the header.", "security"),
    ],
)
def test_cost_and_access_in_plain_words_are_the_topics(ask: str, topic: str) -> None:
    assert topic not in _missing(ask)


@pytest.mark.parametrize(
    ("ask", "topic"),
    [
        ("The scoring page answers within a latency budget of 200 ms.", "cost"),
        ("There is a login page for makers.", "security"),
    ],
)
def test_a_time_budget_or_a_login_page_is_no_stance(ask: str, topic: str) -> None:
    assert topic in _missing(ask)


DESIGN = """# Craft fair applications

## Requirements

- makers apply with photos of their work; the committee scores them

## Design

A small web form on the club's hosting; the committee scores in a shared table.

- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "The member software has a module for it, we pay already (ca. 8,50 EUR/month).",
        "Reminder texts: ca. 0,08 EUR per SMS, so e-mail first.",
        "It runs on the hosting of the homepage (no extra costs).",
        "New tablets for the desk: budget ca. 1.200 €, not yet approved.",
    ],
)
def test_a_price_or_a_budget_in_the_design_is_a_stance_on_cost(line: str) -> None:
    assert "cost" not in nfr_unmet(DESIGN.format(line=line))


@pytest.mark.parametrize(
    "line", ["The page has a budget ca. 300 ms to render.", "Each maker uploads 5 photos per booking."]
)
def test_a_time_budget_or_a_count_per_unit_is_no_stance_on_cost(line: str) -> None:
    assert "cost" in nfr_unmet(DESIGN.format(line=line))
