"""R006: a part said not to be needed, in a contraction or not ("Anonymous creation isn't needed", "exports are not
required"), is left out; a condition ("if the cache isn't needed", "when the cache is not needed") is not."""

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


@pytest.mark.parametrize(
    "line",
    [
        "- The admin dashboard for the regional marketing managers is not needed",
        "- The admin dashboard for the regional and national marketing managers of every franchise is not needed",
        "- custom domains are not required for the first launch",
        "- Analytics: not needed",
    ],
)
def test_a_part_not_needed_is_left_out(line: str) -> None:
    assert not _r006(line)


@pytest.mark.parametrize(
    "line",
    [
        "- if the cache isn't needed, the redirect reads the table",
        "- when the click cache is not needed, the redirect reads the table directly",
        "- if the warm-up for the whole click store is not needed, start cold",
    ],
)
def test_a_condition_leaves_nothing_out(line: str) -> None:
    assert _r006(line)
