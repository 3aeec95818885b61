"""R006: a part said not to be needed in a contraction ("Anonymous creation isn't needed", "exports aren't
required") is left out, as "is not needed" already was; a condition ("if the cache isn't needed") is not."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Link shortener\n\n## Requirements\n- shorten links, count clicks\n{}\n\n## Design\nA redirect service.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line", ["Interviewer: Accounts. Anonymous creation isn't needed.", "- bulk exports aren't required for v1"]
)
def test_a_part_not_needed_in_a_contraction_is_left_out(line: str) -> None:
    assert not _r006(line)


def test_a_condition_leaves_nothing_out() -> None:
    assert _r006("- if the cache isn't needed, the redirect reads the table")
