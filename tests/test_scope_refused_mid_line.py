"""R006: parts refused in a row ("no A, no B") opening a sentence in the middle of a line, as notes write it in
lower case ("anyone with the link plays it. no playlists, no comments.") or as an aside in brackets ("(no
playlists, no comments)"). After "e.g." it is an example, and a guarantee kept ("no lost plays, no double
counts") leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Voice memo sharing\n\n## Requirements\n- record a memo, share it\n{}\n\n## Design\nAn upload service and a store.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "(idea: record up to 2 min, anyone with the link plays it. no playlists, no comments.)",
        "- anyone with the link plays it! no accounts, no comments",
        "- record up to 2 min (no playlists, no comments)",
    ],
)
def test_parts_refused_opening_a_sentence_mid_line_are_left_out(line: str) -> None:
    assert not _r006(line)


@pytest.mark.parametrize(
    "line",
    [
        "- plays are counted. no lost plays, no double counts",
        "- some limits apply, e.g. no playlists, no comments",
        "- anyone with the link plays it, no playlists",
    ],
)
def test_guarantees_examples_and_one_refusal_leave_nothing_out(line: str) -> None:
    assert _r006(line)
