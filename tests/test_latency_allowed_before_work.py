"""R003: a time allowed before the work it allows ("it's ok if routing takes a minute, it's not customer facing")
bounds that work, as "a minute is fine" does; a speed asked elsewhere in the list is then no unquantified ask. An
allowance in hours is a batch window, not latency."""

from __future__ import annotations

from conftest import lint_string

DOC = "# Flower delivery\n\n## Requirements\n- slot check must be fast\n- {}\n\n## Design\nA web app and Postgres.\n"


def _r003(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line), select=("R003",))]


def test_a_time_allowed_before_the_work_is_a_bound() -> None:
    assert _r003("it's ok if routing takes a minute, it's not customer facing") == []


def test_an_allowance_in_hours_bounds_no_speed() -> None:
    (message,) = _r003("it's fine if the nightly import takes 2 hours")
    assert "with no target" in message
