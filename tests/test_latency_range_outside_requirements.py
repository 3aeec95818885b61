"""R003: a latency target given as a range outside the requirements ("p99 under 200-300 ms server side" in the
feedback at the end) sets a target, as its upper end alone would ("p99 under 300 ms"). A range with no bound ("a
database call of 200-300 ms") is a fact, not a target."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Movie homepage\n\n## Requirements\n- rows of titles per profile\n- the homepage must be fast\n\n"
    "## Design\n\nA homepage service fans out to the ranking and artwork services.\n\n## Feedback\n\n{}\n"
)


def _r003(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("R003",)))


@pytest.mark.parametrize(
    "text",
    [
        "He expected a number early, something like p99 under 200-300 ms server side.",
        "- homepage p95 within 150–250 ms",
        "I should have said p99 < 1-2 s for the whole page.",
    ],
)
def test_a_bounded_range_sets_a_latency_target(text: str) -> None:
    assert not _r003(text)


@pytest.mark.parametrize(
    "text", ["Each ranking call takes 200-300 ms at most hours.", "The artwork service has 40-60 ms of latency."]
)
def test_a_range_with_no_bound_sets_none(text: str) -> None:
    assert _r003(text)
