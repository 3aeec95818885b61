"""D001: a heading whose own lines are stubs is no dive for what its subsections say, and a heading whose few
words end in a TODO is a stub however long the sections nested under it run."""

from __future__ import annotations

from conftest import lint_string

# Notes whose plain-line headings nest under the stub "Deep dive" line: the next two sections are dives or not
# on their own account, and the stub borrows none of their words.
NOTES = """Kiosk photo booth

Requirements
- print a strip of four photos within 20 s of the last shot
- upload a copy for the customer to download later

High level design
- booth app -> upload service -> object store; print queue local to the booth

Deep dive
- colour calibration -> TBD
- payments -> later

print queue (the real problem)
the printer jams about once in 300 strips and the customer is standing there. the booth keeps the last
strip on disk until the printer reports success, and a jam moves the job to the head of the queue again.
-> when the queue holds more than 3 strips the booth stops taking payment and shows a wait message.

uploads
- booth offline -> keep the photos on disk, retry each minute
"""


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


def test_a_stub_heading_borrows_no_words_from_the_sections_under_it() -> None:
    assert _d001(NOTES) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_the_heading_counts_once_its_own_lines_reason() -> None:
    reasoned = NOTES.replace(
        "- colour calibration -> TBD\n- payments -> later\n",
        "colour calibration drifts as the lamp ages, so the booth shoots a grey card every morning and keeps the\n"
        "correction it computes; a card missing for a week pages the operator, who replaces the lamp or the card.\n",
    )
    assert _d001(reasoned) == []


HASHED = """Kiosk photo booth

##Requirements

- Print a strip of four photos within 20 s of the last shot.

##High-level design

Booth app -> upload service -> object store, with a print queue local to the booth.

##Deep dive - print queue

The printer jams about once in 300 strips while the customer waits. The booth keeps the last strip on disk
until the printer reports success, and a jam puts the job back at the head of the queue.

##Deep dive - colour calibration
grey card each morning. TODO

scaling
- v1: one booth, one printer, one upload worker
- a mall with 20 booths: one upload service per mall, booths keep printing while it is down
- hundreds of malls: shard the photo store by mall id, keep downloads on a CDN
"""


def test_a_heading_whose_few_words_end_in_todo_is_a_stub() -> None:
    assert _d001(HASHED) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_a_todo_inside_a_section_that_reasons_leaves_it_a_dive() -> None:
    reasoned = HASHED.replace(
        "grey card each morning. TODO",
        "The lamp drifts as it ages, so the booth shoots a grey card each morning and keeps the correction it\n"
        "computes; a card missing for a week pages the operator. Per-booth profiles are a TODO",
    )
    assert _d001(reasoned) == []
