"""D001: a section titled for what goes wrong, over a list of cases each named in bold and told at length (longer
than a line on average: what the part does, what people do, what the system keeps), goes into one problem case by
case as a dive does. The same title over one-line points, named or not ("website down -> work from the PDF"),
stays a list of mentions (and a roundup of long unnamed points about many parts stays one too: see
test_dive_point_tables_and_roundups)."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Choir robe lending

## Requirements

- Singers book a robe for a concert; the keeper hands robes out and takes them back.

## Architecture

A small PHP app on the parish web space with a MySQL database; e-mails go out through the host's mail server.

## How a booking is made

A robe is free for a concert when no loan overlaps its date. The app offers the singer the robe they wore last
time if it is free, else the next free one in their size, else one size up; the booking takes a row lock on the
robe so two singers booking at once cannot both get it, and the second is offered the next robe.

## When something goes wrong

{cases}
"""

AT_LENGTH = """- **A robe is not returned.** After a week the singer gets a friendly e-mail and after three weeks a second one,
  with a copy to the keeper. After that it is a matter for the choir director; the robe stays out and cannot be
  booked, so the next concert's plan never counts on it.
- **A robe comes back damaged.** The keeper marks it for repair. If it was already booked for the next concert,
  the app moves that booking to another free robe of the same size and tells the singer the new number, and if
  none is free the keeper sees a red warning on her overview page.
- **The website is down before a concert.** Every evening a job e-mails the keeper the next concert's handout list
  as a PDF, so on the morning she has it on paper and gives out robes from it, entering the changes later."""

ONE_LINE = """- robe not returned -> reminder e-mails, then the director
- robe damaged -> keeper marks it for repair
- website down -> the keeper works from last night's PDF"""


def _d001(cases: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(cases=cases), select=("D001",))]


def test_failure_cases_told_at_length_are_a_dive() -> None:
    assert _d001(AT_LENGTH) == []


def test_failure_cases_a_line_each_are_no_dive() -> None:
    assert _d001(ONE_LINE) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]
    named = ONE_LINE.replace("- robe not returned ->", "- **Robe not returned:**")
    assert _d001(named) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]
