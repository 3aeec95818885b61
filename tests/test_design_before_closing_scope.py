"""D005 (and the other design readers): in a team note with no title heading, its sections numbered items and its
out-of-scope list at the end ("8. Not part of this concept"), the sections above that list are the design, not the
note's opening: a daily backup told in "7. Technic and operation" is a failure mode."""

from __future__ import annotations

import pytest

from conftest import lint_string

NOTE = """Concept: seat exchange for subscribers
Box office / IT, version 0.3

1. Why this concept

Subscribers phone the box office to move a date; the line is busy for twenty minutes on Mondays.

2. Concept of the solution

A small portal where a subscriber logs in with the subscription number and picks another date. The seat comes
from a contingent per performance; the portal writes the exchange, the box office imports it each morning.

3. Data model (simplified)

  subscriber (id, abo_nr, name, email)
  exchange   (id, abo_date_id, target_seat_id, created_at, export_status)

4. Technic and operation

- Small web application and a PostgreSQL database on a virtual server at the city's IT provider.
{line}

5. Not part of this concept

- online sale of new subscriptions
- online payment
"""


def _d005(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(NOTE.format(line=line), select=("D005",))]


def test_a_backup_in_a_section_above_the_closing_scope_list_is_a_failure_mode() -> None:
    assert _d005("- Backup: daily by the IT provider, restored once a year as a test.") == []


@pytest.mark.parametrize("line", ["- Updates: the freelancer installs them in the summer break.", ""])
def test_without_one_the_design_still_lacks_failure_modes(line: str) -> None:
    assert _d005(line) == ["D005"]
