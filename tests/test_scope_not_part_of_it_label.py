"""R006: "Not part of it:" as a label over what the design sets aside ("Not part of it: invoicing, repair jobs of
more than a day, piano transport.") names exclusions, as "not part of this." closing a sentence does; "part of it"
said of what the design does ("Tuning is part of it: ...") names none."""

from __future__ import annotations

import pytest

from conftest import messages

_NOTES = """# Piano tuner routing

## Requirements

- book a visit
- plan a tuner's route for the day
- remind customers the day before

{line}
"""


def test_a_not_part_of_it_label_sets_parts_aside() -> None:
    line = "Not part of it: invoicing (the accounting software does it), repairs longer than a day, piano transport."
    assert messages(_NOTES.format(line=line), "R006") == []


@pytest.mark.parametrize(
    "line", ["Tuning is part of it: the tuner logs the pitch before and after.", "Routing is the hard part of it."]
)
def test_part_of_it_said_of_the_design_sets_nothing_aside(line: str) -> None:
    assert len(messages(_NOTES.format(line=line), "R006")) == 1
