"""D006: small systems grow by taking on the next customer, and notes say so in few words under a heading for what
comes later: a tenant key put on everything ("council_id on everything", "a tenant (`city_id`) on all tables"), or
others of the kind that could use it ("neighbouring councils could use it"). Such words in the base design, or
with no heading for what comes later, say nothing of growth."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Bin collection reminders

## Requirements

- residents look up their collection day
- residents get a reminder the evening before

## High-level design

Lookup page -> API -> Postgres; a nightly job sends the reminders through the SMS provider.

## Deep dive: bank holidays

The waste team shifts every round after a bank holiday by a day; one bulk tool in the admin page does it, and the
reminders read the shifted date.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "later:\n- other boroughs might want it -> borough_id on everything, one SMS sender per borough",
        "## Later\n\nA few towns nearby asked. That needs a tenant (`town_id`) on all tables and a fee rule per town.",
        "## What comes later\n\nNeighbouring councils could use it too; each gets its own reminder sender.",
        "## Next steps\n\nOther cities in the county have shown interest, so the admin page would be split per city.",
    ],
)
def test_the_next_customers_under_what_comes_later_are_growth(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "## Notes\n\nOther councils run their rounds on paper; ours keeps a round_id on everything it sends.",
        "## Later\n\nThe map_version goes on every row, so a report can be rebuilt with the mapping of its day.",
        "## Data\n\nHousehold ids sit on everything; other cities publish their rounds as open data.",
        "## Later\n\nResidents of other councils' areas could look up their own day by postcode.",
    ],
)
def test_a_key_or_other_places_with_no_growth_told_is_no_path(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
