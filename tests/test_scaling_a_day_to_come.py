"""D006: a way to split the load, said for a day to come ("If one day there's a giant library, we can split by
library", "Someday we split by region"), is a scaling path, as "later" already made it. A span of one day ("we
keep one day of logs and split by library") says nothing of growth."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Tool library\n\n## Requirements\n- members reserve tools\n\n## High-level design\n\n"
    "One app service and a Postgres database; library_id on every table.\n\n"
    "```\nphones -> app service -> postgres\n```\n\n## Deep dives\n\n### Tenants\n\n"
    "Every query is scoped by library_id and the indexes lead with it. {}\n"
)


def _d006(sentence: str) -> bool:
    return bool(lint_string(DOC.format(sentence), select=("D006",)))


@pytest.mark.parametrize(
    "sentence",
    [
        "If one day there's a giant library, we can split by library, since nothing crosses libraries.",
        "Someday we split by region.",
    ],
)
def test_a_split_for_a_day_to_come_is_a_scaling_path(sentence: str) -> None:
    assert not _d006(sentence)


def test_a_span_of_one_day_is_no_growth() -> None:
    assert _d006("We keep one day of logs and split by library.")
