"""R006: a closing list of what the writer put off or did not reach ("What I left for later", "things i forgot /
didnt get to") names parts of the system set aside, whether it is a Markdown heading or a plain label line. The
list sits at the end, after the design: it must not move the requirements step there (S001, S002)."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Parcel lockers

## Requirements

- A courier drops a parcel in a free locker; the recipient opens it with a one-time code.

## Design

Courier app -> locker service -> Postgres; the locker controller polls the service every few seconds.

## Deep dive: codes

A code is six digits, valid for 72 hours, and locked after five wrong tries.

{title}
- Returns sent back through the locker.
- Lockers in apartment buildings, run by the landlord.
"""

# the same write-up as plain notes: every section label a line of its own, no Markdown heading
NOTES = (
    DOC.replace("# Parcel lockers", "parcel lockers - practice notes")
    .replace("## Requirements", "Requirements")
    .replace("## Design", "Design")
    .replace("## Deep dive: codes", "Deep dive: codes")
)

PUT_OFF = [
    (DOC, "## What I left for later"),
    (DOC, "## Things we didn't get to"),
    (NOTES, "What I left for later"),
    (NOTES, "things i forgot / didnt get to"),
    (NOTES, "Stuff I never got to:"),
]

NOT_PUT_OFF = [
    (DOC, "## What I'd revisit"),
    (DOC, "## Things I got right"),
    (NOTES, "What we built first"),
]


def _rules(doc: str, title: str) -> list[str]:
    found = lint_string(doc.format(title=title), select=("R006", "S001", "S002"))
    return sorted(f.rule_id for f in found)


@pytest.mark.parametrize(("doc", "title"), PUT_OFF)
def test_a_closing_list_of_what_was_put_off_names_exclusions(doc: str, title: str) -> None:
    assert _rules(doc, title) == []


@pytest.mark.parametrize(("doc", "title"), NOT_PUT_OFF)
def test_a_closing_list_of_something_else_names_none(doc: str, title: str) -> None:
    assert _rules(doc, title) == ["R006"]
