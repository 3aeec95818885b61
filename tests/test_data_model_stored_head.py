"""H003: a table whose header names the stored things ("| Table | Content |", "| Entity | Holds |") and whose rows
list what each one holds in plain words ("| boat | name, class, seats, home berth |") lays the data out; a table
of that header whose rows say what each thing is for does not."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Rowing club bookings\n\n## Requirements\n- book boats\n\n## Design\nOne web app and a database.\n\n### Data\n\n{}\n"


def _h003(table: str) -> bool:
    return bool(lint_string(DOC.format(table), select=("H003",)))


@pytest.mark.parametrize("head", ["| Table | Content |", "| Entity | Holds |", "| Records | What is in it |"])
def test_stored_things_with_what_each_holds_are_a_data_model(head: str) -> None:
    table = f"{head}\n|---|---|\n| boat | name, class, seats, home berth |\n| booking | boat, member, start, end |\n"
    assert not _h003(table)


@pytest.mark.parametrize(
    "rows",
    [
        "| boat | the club's boats |\n| booking | who rows when |",  # what each is for, no list
        "| boat | name, class, seats |\n| booking | who rows when |",  # one row lists, one does not
    ],
)
def test_stored_things_without_lists_are_no_data_model(rows: str) -> None:
    assert _h003(f"| Table | Purpose |\n|---|---|\n{rows}\n")


def test_a_component_table_with_lists_is_no_data_model() -> None:
    table = "| Part | Does |\n|---|---|\n| web app | bookings, damage log, reminders |\n| worker | mails, backups, reports |\n"
    assert _h003(table)
