"""E002: a rate restated in another period after "or" ("45 TB of new mailbox data every day, or around 16 PB a
year") is checked as after a comma alone, and "every day" is "a day"; a restatement in another kind of unit ("80
writes a second, or around 40 KB a second") restates nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Mail\n\n## Estimation\n\n{}\n"


def _findings(text: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(text), select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("said", "slip"),
    [
        ("That's 45 TB of new mailbox data every day, or around 16 PB a year.", False),
        ("That's 45 TB of new mailbox data every day, or around 1.4 PB a year.", True),
        ("We take 80 writes a second, or around 7M a day.", False),
        ("We take 80 writes a second, or around 700k a day.", True),
    ],
)
def test_a_rate_restated_after_or_is_checked(said: str, slip: bool) -> None:
    assert bool(_findings(said)) == slip


def test_a_restatement_in_another_kind_of_unit_restates_nothing() -> None:
    assert _findings("We take 80 writes a second, or around 40 KB a second.") == []
