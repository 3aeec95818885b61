"""R006: "only" in a line that says how the design keeps data safe ("security: no card numbers on our side,
processor tokens only") guards data, and so does a secret kept only in another form ("PSP tokens only", "salted
hashes only") under any label; neither leaves a part of the system out. "only" elsewhere still narrows scope."""

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


def test_a_secret_kept_only_as_a_token_or_hash_leaves_nothing_out_under_any_label() -> None:
    for line in (
        "payments: we never store card numbers, processor tokens only",
        "card data never touches us, PSP tokens only (PCI stays with the PSP)",
        "passwords: salted hashes only",
    ):
        assert messages(DOC.format(line=line), "R006"), line
