"""E002: an "or" after a figure's own note in brackets offers a value for another case ("a slot is 60 min (lap
swimming) or 2,5 h (public swimming)"), it restates nothing; a restatement after a note still reads as one when it
says so ("100M a day (peak season) or about 1,157/s")."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Pool lanes\n\n## Requirements\n\n- Swimmers book a lane slot.\n\n## Estimation\n\n"


def _e002(body: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("E002",))]


@pytest.mark.parametrize(
    "line",
    [
        "- each slot is 60 min (lap swimming) or 2.5 h (public swimming, with no lane)",
        "- a lane holds 8 swimmers (club training) or 6 swimmers (lap swimming)",
    ],
)
def test_a_value_for_another_case_is_no_restatement(line: str) -> None:
    assert _e002(line) == []


def test_a_restatement_after_a_note_is_still_checked() -> None:
    assert _e002("- 100M visits a day (peak season) or about 12k/s") == ["E002"]
