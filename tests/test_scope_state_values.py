"""R006: a state set out among others with slashes is a value of the data ("mark donated / deferred / no-show"),
not a part put off; "payments are deferred to v2" still puts one off."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Blood donation slots

## Requirements

- donors book a slot at a clinic; reminders the day before
- staff: check-in, mark {states}
"""


def _r006(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("R006",))]


def test_a_state_among_others_is_no_deferral() -> None:
    assert _r006(DOC.format(states="donated / deferred / no-show")) == ["R006"]
    assert _r006(DOC.format(states="done/postponed/cancelled")) == ["R006"]


def test_a_part_put_off_is_a_deferral() -> None:
    assert _r006(DOC.format(states="donated or no-show") + "- loyalty badges are deferred to v2\n") == []
