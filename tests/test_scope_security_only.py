"""R006: "only" in a line that says how the design keeps data safe ("security: no card numbers on our side,
processor tokens only") guards data; it leaves no part of the system out. "only" elsewhere still narrows scope."""

from __future__ import annotations

from conftest import messages

DOC = """# Garage parking payments

## Requirements

- drivers pay at exit by card or app
- attendants look up a ticket by plate
- {line}

## Estimation

2,000 garages x 1,500 exits a day = 3M payments a day, about 35/s.
"""


def test_a_security_line_with_only_leaves_nothing_out() -> None:
    line = "security: no card numbers on our side, processor tokens only. plates count as PII"
    assert messages(DOC.format(line=line), "R006")


def test_only_narrowing_the_product_still_leaves_out() -> None:
    assert messages(DOC.format(line="v1: card payments only, no cash machines"), "R006") == []
