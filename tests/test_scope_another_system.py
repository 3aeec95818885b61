"""R006: in the scope, a part said to be another system ("Querying/dashboards = separate system", "exports:
separate tool") is left to it. A separate service may be one of the design's own parts ("notifications =
separate service"), so it leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Analytics collector\n\n## Scope\n- SDKs send usage events\n{}\n\n## Design\nAn ingest service and a queue.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "- ingest + validate + land. Querying/dashboards = separate system",
        "- exports: separate tool",
        "- user accounts are a separate system",
    ],
)
def test_a_part_said_to_be_another_system_is_left_out(line: str) -> None:
    assert not _r006(line)


def test_a_separate_service_may_be_a_part_of_the_design() -> None:
    assert _r006("- notifications = separate service")
